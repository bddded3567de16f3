namespace Zongzhi.Features.Accounts;

/// <summary>The roles of SPEC.md (角色), as Identity role names.</summary>
public static class Roles
{
    public const string ReceptionClerk = "ReceptionClerk";
    public const string CenterDirector = "CenterDirector";
    public const string DepartmentHandler = "DepartmentHandler";
    public const string DepartmentHead = "DepartmentHead";
    public const string CaseLeader = "CaseLeader";
    public const string TopLeader = "TopLeader";
    public const string PartyGovernmentOffice = "PartyGovernmentOffice";
    public const string VillageReporter = "VillageReporter";
    public const string Informant = "Informant";
    public const string DisciplineOfficer = "DisciplineOfficer";
    public const string Administrator = "Administrator";
    public const string Auditor = "Auditor";

    public static IReadOnlyList<string> All { get; } =
    [
        ReceptionClerk, CenterDirector, DepartmentHandler, DepartmentHead, CaseLeader, TopLeader,
        PartyGovernmentOffice, VillageReporter, Informant, DisciplineOfficer, Administrator, Auditor,
    ];

    public static string Label(string role) => role switch
    {
        ReceptionClerk => "联调接待室工作人员",
        CenterDirector => "综治中心主任",
        DepartmentHandler => "承办部门经办人",
        DepartmentHead => "承办部门负责人",
        CaseLeader => "包案领导",
        TopLeader => "党政一把手",
        PartyGovernmentOffice => "镇党政办",
        VillageReporter => "村(社区)信息员",
        Informant => "治安信息员",
        DisciplineOfficer => "纪检监督员",
        Administrator => "系统管理员",
        Auditor => "审计员",
        _ => role,
    };
}
