using Zongzhi.Features.Accounts;

namespace Zongzhi.Platform;

/// <summary>
/// Named authorization policies by role; every endpoint names one (or is on the anonymous allowlist). Scope
/// (department, village, supervising body, respondent rule) is checked inside the use cases.
/// </summary>
public static class Policies
{
    public const string Administrator = "Administrator";
    public const string Staff = "Staff";
    public const string Auditor = "Auditor";
    public const string DisciplineOfficer = "DisciplineOfficer";
    public const string AccountabilityStatistics = "AccountabilityStatistics";
    public const string Registrar = "Registrar";
    public const string Director = "Director";
    public const string Supervisor = "Supervisor";
    public const string Archivist = "Archivist";
    public const string LeaderAssigner = "LeaderAssigner";
    public const string DepartmentStaff = "DepartmentStaff";
    public const string CaseLeader = "CaseLeader";
    public const string TopLeader = "TopLeader";
    public const string SupervisionBoard = "SupervisionBoard";
    public const string LeaderCaseReader = "LeaderCaseReader";
    public const string ExtensionApprover = "ExtensionApprover";

    /// <summary>
    /// Adds to a matter or an information item (attachments, acknowledging an emergency): every role that works on
    /// them, not the auditor (read-only) and not the administrator (accounts, reference data and settings only).
    /// </summary>
    public const string Contributor = "Contributor";

    public static IServiceCollection AddZongzhiPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Staff, p => p.RequireAuthenticatedUser())
            .AddPolicy(Auditor, p => p.RequireRole(Roles.Auditor))
            .AddPolicy(DisciplineOfficer, p => p.RequireRole(Roles.DisciplineOfficer))
            .AddPolicy(AccountabilityStatistics, p => p.RequireRole(Roles.DisciplineOfficer, Roles.CenterDirector))
            .AddPolicy(Registrar, p => p.RequireRole(Roles.ReceptionClerk, Roles.CenterDirector))
            .AddPolicy(Director, p => p.RequireRole(Roles.CenterDirector))
            .AddPolicy(Supervisor, p => p.RequireRole(Roles.CenterDirector, Roles.PartyGovernmentOffice))
            .AddPolicy(Archivist, p => p.RequireRole(Roles.CenterDirector, Roles.ReceptionClerk))
            .AddPolicy(LeaderAssigner, p => p.RequireRole(Roles.CenterDirector, Roles.TopLeader))
            .AddPolicy(DepartmentStaff, p => p.RequireRole(Roles.DepartmentHandler, Roles.DepartmentHead))
            .AddPolicy(CaseLeader, p => p.RequireRole(Roles.CaseLeader))
            .AddPolicy(TopLeader, p => p.RequireRole(Roles.TopLeader))
            .AddPolicy(SupervisionBoard, p => p.RequireRole(Features.Supervision.BoardModel.BoardRoles.Split(',')))
            .AddPolicy(LeaderCaseReader, p => p.RequireRole(Roles.CaseLeader, Roles.TopLeader, Roles.CenterDirector))
            .AddPolicy(Contributor, p => p.RequireRole(Roles.All.Where(r => r is not (Roles.Auditor or Roles.Administrator))))
            .AddPolicy(ExtensionApprover, p => p.RequireRole(Roles.TopLeader, Roles.CenterDirector, Roles.PartyGovernmentOffice))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .Services;
}
