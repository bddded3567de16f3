using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accounts;

/// <summary>Two-factor enrolment with an authenticator app (TOTP): the key, its otpauth URI as a QR code, and the first code.</summary>
public sealed class EnrolTwoFactor(UserManager<ZongzhiUser> users, SignInManager<ZongzhiUser> signIn, AuditTrail audit, ZongzhiDb db, IConfiguration configuration)
{
    public sealed record Enrolment(string Key, string FormattedKey, string Uri, string QrSvg, bool IsEnabled);

    public async Task<Enrolment?> GetAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await signIn.RefreshSignInAsync(user);
        }

        var issuer = (configuration["Zongzhi:TownName"] ?? "") + "综治平台";
        var uri = string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(user.UserName ?? "")}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6&period=30");
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        var svg = new SvgQRCode(data).GetGraphic(5);
        var formatted = string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
        return new Enrolment(key, formatted, uri, svg, user.TwoFactorEnabled);
    }

    public async Task<Result> EnableAsync(ClaimsPrincipal principal, string? code)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return new NotFoundError("未找到当前用户");
        }

        if (string.IsNullOrWhiteSpace(code))
        {
            return new ValidationError("code", "请输入验证器应用显示的 6 位验证码");
        }

        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return new ValidationError("code", "验证码不正确或已使用，请输入验证器应用中的新验证码");
        }

        var entry = audit.Record("User", user.Id, "twoFactor.enable");
        var result = await users.SetTwoFactorEnabledAsync(user, true);
        if (!result.Succeeded)
        {
            db.Entry(entry).State = Microsoft.EntityFrameworkCore.EntityState.Detached;
            return new ConflictError(string.Join("；", result.Errors.Select(e => e.Description)));
        }

        await signIn.RefreshSignInAsync(user);
        return Result.Success;
    }
}
