using Microsoft.AspNetCore.Identity;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Admin;

/// <summary>Creates an account with its roles and scope, and its audit entry, in one transaction.</summary>
public sealed class CreateUser(UserManager<ZongzhiUser> users, RoleManager<IdentityRole> roles, ZongzhiDb db, AuditTrail audit, TownClock clock)
{
    /// <summary>MustChangePassword: true when an administrator chose the password for someone else.</summary>
    public sealed record Request(string? UserName, string? DisplayName, IReadOnlyList<string> Roles, long? DepartmentId, long? VillageId,
        string Password, bool MustChangePassword, string? Email = null);

    public async Task<Result<ZongzhiUser>> RunAsync(Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var userName = request.UserName?.Trim();
        if (UserRules.CheckUserName(userName) is { } nameError)
        {
            return nameError;
        }

        if (await UserRules.CheckAsync(db, request.DisplayName, request.Roles, request.DepartmentId, request.VillageId, cancellationToken) is { } error)
        {
            return error;
        }

        if (UserRules.CheckEmail(request.Email) is { } emailError)
        {
            return emailError;
        }

        if (await users.FindByNameAsync(userName!) is not null)
        {
            return new ValidationError("userName", $"登录名“{userName}”已被使用");
        }

        var user = new ZongzhiUser
        {
            UserName = userName,
            DisplayName = request.DisplayName!.Trim(),
            DepartmentId = request.DepartmentId,
            VillageId = request.VillageId,
            MustChangePassword = request.MustChangePassword,
            Email = UserRules.NormaliseEmail(request.Email),
            CreatedAt = clock.UtcNow(),
            LockoutEnabled = true,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await users.CreateAsync(user, request.Password);
        if (!created.Succeeded)
        {
            return IdentityErrors.ToValidation(created, "password");
        }

        foreach (var role in request.Roles.Distinct())
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        await users.AddToRolesAsync(user, request.Roles.Distinct());
        audit.Record("User", user.Id, "user.create", new
        {
            userName,
            roles = request.Roles,
            request.DepartmentId,
            request.VillageId,
            request.MustChangePassword,
            email = request.Email is { Length: > 0 },
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return user;
    }
}
