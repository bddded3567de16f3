using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Zongzhi.Platform;

namespace Zongzhi.Features.Accounts;

/// <summary><c>/api/auth</c>: sign in and out with the same accounts, cookie and rules as the pages.</summary>
public static class AccountsApi
{
    /// <summary>Code: the authenticator code, required for accounts with two-factor sign-in.</summary>
    public sealed record LoginRequest(string? UserName, string? Password, string? Code = null);

    public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);

    public sealed record Me(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, long? DepartmentId, long? VillageId,
        bool MustChangePassword = false, bool TwoFactorEnabled = false, bool TwoFactorRequired = false);

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Accounts");
        group.MapPost("/login", LoginAsync).AllowAnonymous().WithSummary("登录（已启用两步验证的账号须同时提供 code）");
        group.MapPost("/logout", LogoutAsync).RequireAuthorization(Policies.Staff).WithSummary("退出登录（所有副本的登录状态同时失效）");
        group.MapGet("/me", MeAsync).RequireAuthorization(Policies.Staff).WithSummary("当前用户");
        group.MapPost("/password", ChangePasswordAsync).RequireAuthorization(Policies.Staff).WithSummary("修改本人密码");
        return app;
    }

    public static async Task<IResult> LoginAsync(LoginRequest request, PasswordLogin login)
    {
        var outcome = await login.SignInAsync(request.UserName, request.Password, request.Code, interactive: false);
        return outcome switch
        {
            PasswordLogin.Outcome.Succeeded => TypedResults.NoContent(),
            PasswordLogin.Outcome.RequiresTwoFactor => Problems.Validation("code", "该账号已启用两步验证，请同时提供验证器应用中的 6 位验证码 code"),
            // The same answer for an unknown user, a wrong password, a wrong code, a disabled and a locked-out account.
            PasswordLogin.Outcome.LockedOut or PasswordLogin.Outcome.Failed =>
                Unauthorized(request.Code is null ? PasswordLogin.GenericFailure : PasswordLogin.GenericCodeFailure),
        };
    }

    public static async Task<IResult> LogoutAsync(ClaimsPrincipal principal, EndSession endSession)
    {
        await endSession.RunAsync(principal);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> MeAsync(ClaimsPrincipal principal, UserManager<ZongzhiUser> users)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }

        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new Me(user.Id, user.UserName ?? "", user.DisplayName, [.. roles], user.DepartmentId, user.VillageId,
            user.MustChangePassword, user.TwoFactorEnabled, principal.HasClaim(c => c.Type == AccountClaims.TwoFactorRequired)));
    }

    public static async Task<IResult> ChangePasswordAsync(ChangePasswordRequest request, ClaimsPrincipal principal, ChangeOwnPassword change)
    {
        var result = await change.RunAsync(principal, request.CurrentPassword, request.NewPassword);
        return result.IsSuccess ? TypedResults.NoContent() : Problems.From(result.Error!);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "登录失败");
}
