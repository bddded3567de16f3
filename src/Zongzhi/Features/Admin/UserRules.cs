using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;

namespace Zongzhi.Features.Admin;

/// <summary>What an account must satisfy: a login name, a display name, known roles, and the scope its roles need.</summary>
public static partial class UserRules
{
    public const int MaxUserNameLength = 64;
    public const int MaxDisplayNameLength = 50;
    public const int MaxEmailLength = 254;

    [GeneratedRegex(@"^[A-Za-z0-9._@+-]+$")]
    private static partial Regex UserNamePattern();

    public static ValidationError? CheckUserName(string? userName) =>
        string.IsNullOrWhiteSpace(userName) ? new ValidationError("userName", "请填写登录名")
        : userName.Length > MaxUserNameLength ? new ValidationError("userName", $"登录名不能超过 {MaxUserNameLength} 个字符")
        : !UserNamePattern().IsMatch(userName) ? new ValidationError("userName", "登录名只能包含英文字母、数字和 - . _ @ +")
        : null;

    /// <summary>An optional plain address (no display name, no spaces), or nothing.</summary>
    public static ValidationError? CheckEmail(string? email) =>
        string.IsNullOrWhiteSpace(email) ? null
        : email.Trim().Length > MaxEmailLength ? new ValidationError("email", $"电子邮箱不能超过 {MaxEmailLength} 个字符")
        : !System.Net.Mail.MailAddress.TryCreate(email.Trim(), out var parsed) || parsed.Address != email.Trim() || !parsed.Host.Contains('.', StringComparison.Ordinal)
            ? new ValidationError("email", "电子邮箱格式不正确，例如 zhangsan@town.gov.cn")
        : null;

    public static string? NormaliseEmail(string? email) => string.IsNullOrWhiteSpace(email) ? null : email.Trim();

    public static async Task<ValidationError?> CheckAsync(ZongzhiDb db, string? displayName, IReadOnlyCollection<string> roles, long? departmentId, long? villageId,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(roles);
        if (string.IsNullOrWhiteSpace(displayName))
        {
            return new ValidationError("displayName", "请填写姓名");
        }

        if (displayName.Trim().Length > MaxDisplayNameLength)
        {
            return new ValidationError("displayName", $"姓名不能超过 {MaxDisplayNameLength} 个字");
        }

        if (roles.Count == 0)
        {
            return new ValidationError("roles", "请至少选择一个角色");
        }

        if (roles.FirstOrDefault(r => !Roles.All.Contains(r)) is { } unknown)
        {
            return new ValidationError("roles", $"没有“{unknown}”这个角色");
        }

        if (departmentId is { } d && !await db.Departments.AnyAsync(x => x.Id == d && x.IsActive, cancellationToken))
        {
            return new ValidationError("departmentId", "所选部门不存在或已停用");
        }

        if (villageId is { } v && !await db.Villages.AnyAsync(x => x.Id == v && x.IsActive, cancellationToken))
        {
            return new ValidationError("villageId", "所选村(社区)不存在或已停用");
        }

        if (departmentId is null && roles.Any(r => r is Roles.DepartmentHandler or Roles.DepartmentHead))
        {
            return new ValidationError("departmentId", "承办部门经办人、负责人必须选择所属部门");
        }

        if (villageId is null && roles.Contains(Roles.VillageReporter))
        {
            return new ValidationError("villageId", "村(社区)信息员必须选择所属村(社区)");
        }

        return null;
    }
}
