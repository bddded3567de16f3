using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Zongzhi.Features.Accounts;
using Zongzhi.Tests.Infrastructure;

namespace Zongzhi.Tests.Security;

/// <summary>
/// The role × action matrix: for every endpoint, the roles its policy lets in. The checked-in
/// authorization-matrix.csv is the reviewed statement; <see cref="FromCodeAsync"/> derives the same from the code.
/// </summary>
public static class AuthorizationMatrix
{
    public const string FileName = "authorization-matrix.csv";
    public const string Anyone = "anyone";

    /// <summary>Shorthand in the file for all 12 roles (any signed-in user; scope is then checked by the use case).</summary>
    public const string SignedIn = "signed-in";

    /// <summary>endpoint → allowed roles ("anyone" for anonymous endpoints), from the checked-in file.</summary>
    public static IReadOnlyDictionary<string, IReadOnlySet<string>> FromFile() =>
        File.ReadAllLines(EndpointPolicyTests.SecurityFile(FileName)).Skip(1).Where(l => l.Trim().Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split(',', 2))
            .ToDictionary(p => p[0].Trim(), p => (IReadOnlySet<string>)p[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .SelectMany(r => r == SignedIn ? Roles.All : [r]).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    public static async Task<IReadOnlyDictionary<string, IReadOnlySet<string>>> FromCodeAsync(ZongzhiAppFactory app)
    {
        var provider = app.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        var result = new SortedDictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        foreach (var endpoint in EndpointInfo.All(app))
        {
            if (endpoint.IsAnonymous)
            {
                result[endpoint.Key] = new HashSet<string>([Anyone], StringComparer.Ordinal);
                continue;
            }

            var allowed = Roles.All.ToHashSet(StringComparer.Ordinal);
            foreach (var name in endpoint.Policies)
            {
                var policy = await provider.GetPolicyAsync(name) ?? throw new InvalidOperationException($"{endpoint.Key}: unknown policy {name}");
                foreach (var requirement in policy.Requirements)
                {
                    switch (requirement)
                    {
                        case RolesAuthorizationRequirement roles:
                            allowed.IntersectWith(roles.AllowedRoles);
                            break;
                        case DenyAnonymousAuthorizationRequirement:
                            break;
                        default:
                            throw new InvalidOperationException($"{endpoint.Key}: policy {name} has a requirement the matrix cannot read ({requirement.GetType().Name})");
                    }
                }
            }

            result[endpoint.Key] = allowed;
        }

        return result;
    }

    public static string Render(IReadOnlyDictionary<string, IReadOnlySet<string>> matrix) =>
        "endpoint,allowed roles (space separated; 'anyone' = anonymous allowed; 'signed-in' = all 12 roles, scope checked by the use case; pages are requested with GET)\n"
        + string.Concat(matrix.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e =>
            e.Key + "," + (e.Value.SetEquals(Roles.All) ? SignedIn : string.Join(' ', e.Value.OrderBy(r => Roles.All.Contains(r) ? Roles.All.ToList().IndexOf(r) : -1))) + "\n"));
}
