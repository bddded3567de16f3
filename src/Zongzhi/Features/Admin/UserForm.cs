using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Features.Admin;

/// <summary>The fields of the create and edit user forms, and the choices they offer.</summary>
public sealed class UserForm
{
    [Display(Name = "姓名")]
    [Required(ErrorMessage = "请填写姓名")]
    [StringLength(UserRules.MaxDisplayNameLength, ErrorMessage = "姓名不能超过 50 个字")]
    public string? DisplayName { get; set; }

    [Display(Name = "角色")]
    public List<string> Roles { get; set; } = [];

    [Display(Name = "所属部门")]
    public long? DepartmentId { get; set; }

    [Display(Name = "所属村(社区)")]
    public long? VillageId { get; set; }

    /// <summary>Where notification e-mails go when the installation sends them (Zongzhi:Email); optional.</summary>
    [Display(Name = "电子邮箱")]
    [EmailAddress(ErrorMessage = "电子邮箱格式不正确，例如 zhangsan@town.gov.cn")]
    [StringLength(UserRules.MaxEmailLength, ErrorMessage = "电子邮箱不能超过 254 个字符")]
    public string? Email { get; set; }

    public static IEnumerable<SelectListItem> RoleChoices => Accounts.Roles.All.Select(r => new SelectListItem(Accounts.Roles.Label(r), r));

    public static async Task<List<SelectListItem>> DepartmentChoicesAsync(ZongzhiDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var items = await db.Departments.AsNoTracking().Where(d => d.IsActive).OrderBy(d => d.SortOrder)
            .Select(d => new { d.Id, d.Name, d.IsCenterDepartment }).ToListAsync(cancellationToken);
        return [.. items.Select(d => new SelectListItem(d.IsCenterDepartment ? d.Name : d.Name + "（中心外单位）", d.Id.ToString(CultureInfo.InvariantCulture)))];
    }

    public static async Task<List<SelectListItem>> VillageChoicesAsync(ZongzhiDb db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var items = await db.Villages.AsNoTracking().Where(v => v.IsActive).OrderBy(v => v.SortOrder)
            .Select(v => new { v.Id, v.Name }).ToListAsync(cancellationToken);
        return [.. items.Select(v => new SelectListItem(v.Name, v.Id.ToString(CultureInfo.InvariantCulture)))];
    }
}
