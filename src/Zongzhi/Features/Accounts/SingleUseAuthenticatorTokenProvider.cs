using Microsoft.AspNetCore.Identity;

namespace Zongzhi.Features.Accounts;

/// <summary>
/// The authenticator-app provider with single-use codes: the last accepted time step is remembered per user and a
/// code of that step or an earlier one is refused. Saving the step goes through Identity's concurrency stamp, so of
/// two simultaneous uses of one code only one succeeds.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(TimeProvider time) : IUserTwoFactorTokenProvider<ZongzhiUser>
{
    public const string ProviderName = "ZongzhiAuthenticator";

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ZongzhiUser> manager, ZongzhiUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));
    }

    // The code comes from the user's app, never from the server.
    public Task<string> GenerateAsync(string purpose, UserManager<ZongzhiUser> manager, ZongzhiUser user) => Task.FromResult("");

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ZongzhiUser> manager, ZongzhiUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key))
        {
            return false;
        }

        var step = Totp.MatchingStep(Totp.DecodeKey(key), token, Totp.StepAt(time.GetUtcNow()));
        if (step is null || step <= user.LastTotpTimeStep)
        {
            return false;
        }

        user.LastTotpTimeStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }
}
