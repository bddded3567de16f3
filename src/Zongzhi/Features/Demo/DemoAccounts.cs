using Zongzhi.Features.Accounts;

namespace Zongzhi.Features.Demo;

/// <summary>The demo town's accounts: one per role (and a second handler in another department), one known password.</summary>
public static class DemoAccounts
{
    /// <summary>Meets the policy (8+ characters, 3 of 4 classes). Only ever used in demo mode.</summary>
    public const string Password = "Demo-2026";

    public sealed record Account(string UserName, string DisplayName, string Role, string? Department, string? Village);

    public static IReadOnlyList<Account> All { get; } =
    [
        new("clerk", "王丽", Roles.ReceptionClerk, null, null),
        new("director", "李建国", Roles.CenterDirector, null, null),
        new("handler", "张伟", Roles.DepartmentHandler, "司法所", null),
        new("head", "刘强", Roles.DepartmentHead, "司法所", null),
        new("police", "陈明", Roles.DepartmentHandler, "派出所", null),
        new("leader", "赵志刚", Roles.CaseLeader, null, null),
        new("top", "周国华", Roles.TopLeader, null, null),
        new("office", "吴芳", Roles.PartyGovernmentOffice, null, null),
        new("reporter", "郑秀英", Roles.VillageReporter, null, "东风村"),
        new("informant", "冯军", Roles.Informant, null, null),
        new("discipline", "何静", Roles.DisciplineOfficer, null, null),
        new("admin", "林涛", Roles.Administrator, null, null),
        new("auditor", "高敏", Roles.Auditor, null, null),
    ];

    public static IReadOnlyList<string> CenterDepartments { get; } =
        ["司法所", "派出所", "信访办", "国土所", "劳动保障所", "民政办", "城建办", "市场监管所", "综合执法队"];

    public static IReadOnlyList<string> OutsideUnits { get; } = ["县人社局", "县自然资源局", "县住建局"];

    public static IReadOnlyList<(string Name, bool IsCommunity)> Villages { get; } =
    [
        ("东风村", false), ("红旗村", false), ("杨柳村", false), ("石桥村", false), ("新民村", false),
        ("青山村", false), ("河湾村", false), ("和平社区", true), ("幸福社区", true), ("滨江社区", true),
    ];
}
