using Zongzhi.Features.Accounts;

namespace Zongzhi.Platform;

/// <summary>Named authorization policies; every endpoint names one (or is on the anonymous allowlist).</summary>
public static class Policies
{
    public const string Administrator = "Administrator";
    public const string Staff = "Staff";

    public static IServiceCollection AddZongzhiPolicies(this IServiceCollection services) =>
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrator, p => p.RequireRole(Roles.Administrator))
            .AddPolicy(Staff, p => p.RequireAuthenticatedUser())
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .Services;
}
