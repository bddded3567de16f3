using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Zongzhi.Data;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accounts;

/// <summary>
/// Signs a user in with the page and API sharing one rule set: one generic answer for an unknown user, a wrong
/// password, a disabled account and a locked-out account (<see cref="GenericFailure"/>; the callers map
/// <see cref="Outcome.LockedOut"/> to it); lockout after 5 failures for 15 minutes; the authenticator code for accounts with
/// two-factor sign-in. Every attempt is audited.
/// </summary>
public sealed class PasswordLogin(SignInManager<ZongzhiUser> signIn, UserManager<ZongzhiUser> users, AuditTrail audit, ZongzhiDb db)
{
    /// <summary>
    /// The one answer of the login page and the API to an unknown user, a wrong password, a disabled account and a
    /// locked-out account alike, so that neither tells whether an account exists or is locked.
    /// </summary>
    public const string GenericFailure = "用户名或密码错误，或账户已暂时锁定";

    /// <summary>The API's one answer when a code was sent with the password (wrong code included).</summary>
    public const string GenericCodeFailure = "用户名、密码或验证码错误，或账户已暂时锁定";

    /// <summary>
    /// Shown only on the second step of the page flow, to a user who has already given the right password: the
    /// account exists and is theirs, so saying why they cannot go on reveals nothing.
    /// </summary>
    public const string LockedOutMessage = "登录失败次数过多，账号已锁定 15 分钟。请稍后再试，或联系系统管理员解锁";
    public const string CodeFailure = "验证码错误或已使用，请输入验证器应用中的新验证码";

    public enum Outcome
    {
        Succeeded,
        RequiresTwoFactor,
        LockedOut,
        Failed,
    }

    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<ZongzhiUser>().HashPassword(new ZongzhiUser(), "Unknown-user-0"));

    /// <summary>
    /// Checks the password. With <paramref name="interactive"/> and no code, a two-factor account gets Identity's
    /// short interim cookie and the page asks for the code next; otherwise the code must come with the password.
    /// </summary>
    public async Task<Outcome> SignInAsync(string? userName, string? password, string? code, bool interactive)
    {
        password ??= "";
        var user = string.IsNullOrWhiteSpace(userName) ? null : await users.FindByNameAsync(userName.Trim());
        if (user is null)
        {
            // Spend the same time as a real check, so an unknown name is not told apart by timing.
            users.PasswordHasher.VerifyHashedPassword(new ZongzhiUser(), DummyHash.Value, password);
            return await RecordAsync(null, Outcome.Failed, "login.failure");
        }

        if (!user.LockoutEnabled)
        {
            await users.SetLockoutEnabledAsync(user, true);
        }

        if (user.IsDisabled || await users.IsLockedOutAsync(user))
        {
            // Identity refuses a disabled or locked-out account without checking the password: spend the same time as
            // a check, so such an account is not told apart by timing either.
            users.PasswordHasher.VerifyHashedPassword(new ZongzhiUser(), DummyHash.Value, password);
        }

        if (interactive && code is null)
        {
            var result = await signIn.PasswordSignInAsync(user, password, isPersistent: false, lockoutOnFailure: true);
            return await RecordAsync(user, From(result), result.RequiresTwoFactor ? "login.passwordAccepted" : null);
        }

        var checkedPassword = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (!checkedPassword.Succeeded)
        {
            return await RecordAsync(user, From(checkedPassword), null);
        }

        if (!user.TwoFactorEnabled)
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AccountClaims.AuthenticationMethod, "pwd")]);
            return await RecordAsync(user, Outcome.Succeeded, null);
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return await RecordAsync(user, Outcome.RequiresTwoFactor, "login.passwordAccepted");
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            await users.AccessFailedAsync(user);
            return await RecordAsync(user, await users.IsLockedOutAsync(user) ? Outcome.LockedOut : Outcome.Failed, "login.codeFailure");
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(AccountClaims.AuthenticationMethod, "mfa")]);
        return await RecordAsync(user, Outcome.Succeeded, null);
    }

    /// <summary>The second step of the page flow: the authenticator code for the user of the interim cookie.</summary>
    public async Task<Outcome> SecondFactorAsync(string? code)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return Outcome.Failed;
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync((code ?? "").Replace(" ", "", StringComparison.Ordinal), isPersistent: false, rememberClient: false);
        return await RecordAsync(user, From(result), result.Succeeded ? null : "login.codeFailure");
    }

    private static Outcome From(SignInResult result) =>
        result.Succeeded ? Outcome.Succeeded
        : result.RequiresTwoFactor ? Outcome.RequiresTwoFactor
        : result.IsLockedOut ? Outcome.LockedOut
        : Outcome.Failed;

    private async Task<Outcome> RecordAsync(ZongzhiUser? user, Outcome outcome, string? action)
    {
        action ??= outcome switch
        {
            Outcome.Succeeded => "login.success",
            Outcome.LockedOut => "login.lockedOut",
            Outcome.RequiresTwoFactor => "login.passwordAccepted",
            Outcome.Failed => user is { IsDisabled: true } ? "login.disabled" : "login.failure",
        };
        if (outcome == Outcome.Succeeded && user is not null && audit.Actor.UserId is null)
        {
            // The request came in signed out: the entry of a successful sign-in names the user who signed in and
            // their roles (a failure stays anonymous, with the account tried as its object).
            audit.ActAs(new Actor(user.Id, user.UserName ?? "", [.. await users.GetRolesAsync(user)], audit.Actor.ClientAddress));
        }

        audit.Record("User", user?.Id, action, user is null ? new { unknownUser = true } : null);
        await db.SaveChangesAsync();
        return outcome;
    }
}
