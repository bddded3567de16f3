using System.Security.Claims;
using Zongzhi.Features.Accounts;

namespace Zongzhi.Features.Shared;

/// <summary>The main menu: each entry with the roles that may use it; the layout shows a user only their entries.</summary>
public static class NavigationMenu
{
    public sealed record Item(string Label, string Href, IReadOnlyList<string>? Roles);

    private static readonly string[] Searchers =
    [
        Accounts.Roles.ReceptionClerk, Accounts.Roles.CenterDirector, Accounts.Roles.DepartmentHandler, Accounts.Roles.DepartmentHead,
        Accounts.Roles.CaseLeader, Accounts.Roles.TopLeader, Accounts.Roles.PartyGovernmentOffice, Accounts.Roles.DisciplineOfficer,
        Accounts.Roles.Auditor,
    ];

    public static IReadOnlyList<Item> Items { get; } =
    [
        new("工作台", "/", null),
        new("登记", "/Matters/Register", [Accounts.Roles.ReceptionClerk, Accounts.Roles.CenterDirector]),
        new("督办看板", "/Supervision/Board",
            [Accounts.Roles.CenterDirector, Accounts.Roles.PartyGovernmentOffice, Accounts.Roles.TopLeader, Accounts.Roles.DisciplineOfficer, Accounts.Roles.Auditor]),
        new("我的交办单", "/Assignments", [Accounts.Roles.DepartmentHandler, Accounts.Roles.DepartmentHead]),
        new("例会任务", "/Meetings/Tasks", [Accounts.Roles.DepartmentHandler, Accounts.Roles.DepartmentHead]),
        new("包案", "/LeaderCases", [Accounts.Roles.CaseLeader, Accounts.Roles.TopLeader, Accounts.Roles.CenterDirector]),
        new("延期审批", "/ExtensionRequests", [Accounts.Roles.TopLeader, Accounts.Roles.CenterDirector]),
        new("例会", "/Meetings/Pack",
            [Accounts.Roles.CenterDirector, Accounts.Roles.TopLeader, Accounts.Roles.PartyGovernmentOffice, Accounts.Roles.Auditor]),
        new("搜索", "/Matters/Search", Searchers),
        new("信息", "/Information/Items", [Accounts.Roles.Informant, Accounts.Roles.VillageReporter, Accounts.Roles.ReceptionClerk, Accounts.Roles.CenterDirector, Accounts.Roles.TopLeader, Accounts.Roles.DisciplineOfficer, Accounts.Roles.Auditor]),
        new("村(社区)月报", "/Information/VillageReports", [Accounts.Roles.VillageReporter, Accounts.Roles.CenterDirector, Accounts.Roles.TopLeader]),
        new("排查", "/Information/Screenings", [Accounts.Roles.CenterDirector, Accounts.Roles.VillageReporter, Accounts.Roles.DepartmentHandler, Accounts.Roles.DepartmentHead, Accounts.Roles.TopLeader]),
        new("审计", "/Audit", [Accounts.Roles.Auditor]),
        new("管理", "/Admin", [Accounts.Roles.Administrator]),
    ];

    public static IEnumerable<Item> For(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Items.Where(i => i.Roles is null || i.Roles.Any(user.IsInRole));
    }

    /// <summary>Whether <paramref name="item"/> is the current section (the home entry only on "/").</summary>
    public static bool IsCurrent(Item item, string? path)
    {
        ArgumentNullException.ThrowIfNull(item);
        path ??= "/";
        return item.Href == "/" ? path == "/" : path.StartsWith(item.Href, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The user's roles in Chinese, e.g. "综治中心主任、包案领导".</summary>
    public static string RoleLabels(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return string.Join("、", user.FindAll(ClaimTypes.Role).Select(c => Accounts.Roles.Label(c.Value)));
    }

    public static string DisplayName(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindFirstValue(AccountClaims.DisplayName) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";
    }
}
