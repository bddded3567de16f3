using Zongzhi.Features.Accounts;

namespace Zongzhi.Cli;

/// <summary>Role names on the command line: the identifiers of <see cref="Roles"/> or short aliases, any case.</summary>
public static class RoleNames
{
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["admin"] = Roles.Administrator,
        ["clerk"] = Roles.ReceptionClerk,
        ["director"] = Roles.CenterDirector,
        ["handler"] = Roles.DepartmentHandler,
        ["head"] = Roles.DepartmentHead,
        ["leader"] = Roles.CaseLeader,
        ["top"] = Roles.TopLeader,
        ["office"] = Roles.PartyGovernmentOffice,
        ["reporter"] = Roles.VillageReporter,
        ["informant"] = Roles.Informant,
        ["discipline"] = Roles.DisciplineOfficer,
        ["auditor"] = Roles.Auditor,
    };

    public static string Help { get; } = string.Join("，", Aliases.Select(a => $"{a.Key}（{Roles.Label(a.Value)}）"));

    public static string? Resolve(string? name)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return null;
        }

        return Aliases.TryGetValue(name, out var role) ? role : Roles.All.FirstOrDefault(r => string.Equals(r, name, StringComparison.OrdinalIgnoreCase));
    }
}
