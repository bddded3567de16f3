using Zongzhi.Features.Accounts;

namespace Zongzhi.Features.Information;

/// <summary>The information feature's policies (added by <c>AddInformation</c>); scope is checked in the use cases.</summary>
public static class InformationPolicies
{
    /// <summary>登记信息: informants, village reporters, reception clerks and the center director.</summary>
    public const string Reporter = "InformationReporter";

    /// <summary>村(社区)月报: village reporters, and the director who can file for any village.</summary>
    public const string VillageReporter = "InformationVillageReporter";

    /// <summary>排查上报: village reporters and department staff.</summary>
    public const string ScreeningReporter = "InformationScreeningReporter";

    public static IServiceCollection AddInformationPolicies(this IServiceCollection services) =>
        services.AddAuthorization(o =>
        {
            o.AddPolicy(Reporter, p => p.RequireRole(Roles.Informant, Roles.VillageReporter, Roles.ReceptionClerk, Roles.CenterDirector));
            o.AddPolicy(VillageReporter, p => p.RequireRole(Roles.VillageReporter, Roles.CenterDirector));
            o.AddPolicy(ScreeningReporter, p => p.RequireRole(Roles.VillageReporter, Roles.DepartmentHandler, Roles.DepartmentHead));
        });
}
