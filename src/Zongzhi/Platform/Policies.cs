using Zongzhi.Features.Accounts;

namespace Zongzhi.Platform;

/// <summary>Named authorization policies; every endpoint names one (or is on the anonymous allowlist).</summary>
public static class Policies
{
    public const string Administrator = "Administrator";
    public const string Staff = "Staff";
    public const string Auditor = "Auditor";
    public const string DisciplineOfficer = "DisciplineOfficer";
    public const string AccountabilityStatistics = "AccountabilityStatistics";

    public static IServiceCollection AddZongzhiPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Staff, p => p.RequireAuthenticatedUser())
            .AddPolicy(Auditor, p => p.RequireRole(Roles.Auditor))
            .AddPolicy(DisciplineOfficer, p => p.RequireRole(Roles.DisciplineOfficer))
            .AddPolicy(AccountabilityStatistics, p => p.RequireRole(Roles.DisciplineOfficer, Roles.CenterDirector))
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .Services;
}
