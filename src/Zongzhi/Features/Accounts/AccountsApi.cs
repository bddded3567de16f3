using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accounts;

/// <summary><c>/api/auth</c>: sign in and out with the same accounts and cookie as the pages.</summary>
public static class AccountsApi
{
    public sealed record LoginRequest(string? UserName, string? Password);

    public sealed record Me(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, long? DepartmentId, long? VillageId);

    public static IEndpointRouteBuilder MapAccountsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/auth").WithTags("Accounts");
        group.MapPost("/login", LoginAsync).AllowAnonymous().WithSummary("登录");
        group.MapPost("/logout", LogoutAsync).RequireAuthorization(Policies.Staff).WithSummary("退出登录");
        group.MapGet("/me", MeAsync).RequireAuthorization(Policies.Staff).WithSummary("当前用户");
        return app;
    }

    public static async Task<IResult> LoginAsync(LoginRequest request, SignInManager<ZongzhiUser> signIn, UserManager<ZongzhiUser> users,
        AuditTrail audit, Data.ZongzhiDb db)
    {
        var user = string.IsNullOrWhiteSpace(request.UserName) ? null : await users.FindByNameAsync(request.UserName);
        var result = user is null || user.IsDisabled
            ? SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, request.Password ?? "", isPersistent: false, lockoutOnFailure: true);
        audit.Record("User", user?.Id, result.Succeeded ? "login.success" : result.IsLockedOut ? "login.lockedOut" : "login.failure",
            new { userName = request.UserName });
        await db.SaveChangesAsync();
        if (result.Succeeded)
        {
            return TypedResults.NoContent();
        }

        // The same answer for an unknown user, a wrong password and a disabled account.
        return TypedResults.Problem(result.IsLockedOut ? "登录失败次数过多，账号已锁定 15 分钟" : "用户名或密码错误",
            statusCode: StatusCodes.Status401Unauthorized, title: "登录失败");
    }

    public static async Task<IResult> LogoutAsync(SignInManager<ZongzhiUser> signIn, AuditTrail audit, Data.ZongzhiDb db)
    {
        audit.Record("User", audit.Actor.UserId, "logout");
        await db.SaveChangesAsync();
        await signIn.SignOutAsync();
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
        return TypedResults.Ok(new Me(user.Id, user.UserName ?? "", user.DisplayName, [.. roles], user.DepartmentId, user.VillageId));
    }
}
