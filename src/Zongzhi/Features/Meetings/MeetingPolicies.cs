using Zongzhi.Features.Accounts;

namespace Zongzhi.Features.Meetings;

/// <summary>The meetings feature's policies (added by <c>AddMeetings</c>); task ownership is checked in the use cases.</summary>
public static class MeetingPolicies
{
    /// <summary>读例会材料和定期报告: the center director, the top leader, the party/government office and the auditor.</summary>
    public const string Reader = "MeetingReader";

    /// <summary>记录例会、编写和印发报告: the center director, who runs the monthly meeting (SPEC roles).</summary>
    public const string Writer = "MeetingWriter";

    /// <summary>The roles of <see cref="Reader"/>.</summary>
    public static readonly string[] ReaderRoles = [Roles.CenterDirector, Roles.TopLeader, Roles.PartyGovernmentOffice, Roles.Auditor];

    public static IServiceCollection AddMeetingPolicies(this IServiceCollection services) =>
        services.AddAuthorization(o =>
        {
            o.AddPolicy(Reader, p => p.RequireRole(ReaderRoles));
            o.AddPolicy(Writer, p => p.RequireRole(Roles.CenterDirector));
        });
}
