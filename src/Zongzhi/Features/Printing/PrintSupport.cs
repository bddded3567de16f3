using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Printing;

/// <summary>
/// What every printable document shares: the signed-in user and the matters in their scope (<see cref="MatterAccess"/>,
/// so a document of another scope answers 404), the town's name (<c>Zongzhi:TownName</c>), names of departments and
/// staff, and the audit entry of each print (action <c>print</c>, committed before the page is sent).
/// </summary>
public sealed class PrintSupport(ZongzhiDb db, MatterAccess access, CurrentUser current, AuditTrail audit, TownClock clock, IConfiguration configuration)
{
    public const string AuditAction = "print";

    public ZongzhiDb Db => db;

    public TownClock Clock => clock;

    public string TownName => configuration["Zongzhi:TownName"] ?? "";

    /// <summary>综治工作中心, as printed in the letterhead and the seal line.</summary>
    public string CenterName => TownName + "综治工作中心";

    /// <summary>The supervising body's printed name (督查督办部门).</summary>
    public string BodyName(SupervisionTrack track) => track switch
    {
        SupervisionTrack.Center => CenterName,
        SupervisionTrack.PartyGovernmentOffice => TownName + "党政办",
    };

    public Task<CurrentUser.Snapshot> UserAsync(CancellationToken cancellationToken) => current.RequireAsync(cancellationToken);

    /// <summary>The matter if the user may see it, with its parties (masked by the documents); null otherwise.</summary>
    public Task<Matter?> MatterAsync(CurrentUser.Snapshot user, long matterId, CancellationToken cancellationToken) =>
        access.Visible(user).Where(m => m.Id == matterId).Include(m => m.Parties).AsNoTracking().FirstOrDefaultAsync(cancellationToken);

    public async Task<IReadOnlyDictionary<long, string>> DepartmentNamesAsync(IEnumerable<long> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.Distinct().ToList();
        return await db.Departments.Where(d => wanted.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Name, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string>> UserNamesAsync(IEnumerable<string?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<string>().Distinct().ToList();
        return await db.Users.Where(u => wanted.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }

    /// <summary>Records the print (a view of masked personal data) and commits it; never the data itself.</summary>
    public async Task RecordAsync(string entityType, long entityId, string document, long matterId, CancellationToken cancellationToken, object? extra = null)
    {
        audit.Record(entityType, entityId, AuditAction, new { document, matterId, extra });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A date as official documents write it: 2025年9月30日.</summary>
    public static string ChineseDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>The town's date of an instant, written as <see cref="ChineseDate(DateOnly)"/>.</summary>
    public string ChineseDate(DateTime utc) => ChineseDate(clock.DateOf(utc));

    public static string Day(DateOnly date) => MatterLabels.Day(date);

    public string At(DateTime utc) => MatterLabels.At(clock, utc);

    /// <summary>The complainant (first in order) as printed: name masked; "—" when there is none.</summary>
    public static MatterView.PartyView? Complainant(Matter matter) =>
        matter.Parties.Where(p => p.Role == PartyRole.Complainant).OrderBy(p => p.Id).Select(MatterView.Masked).FirstOrDefault();

    /// <summary>Every party, masked (issue 7: masked in every print).</summary>
    public static IReadOnlyList<MatterView.PartyView> Parties(Matter matter) =>
        matter.Parties.OrderBy(p => p.Role).ThenBy(p => p.Id).Select(MatterView.Masked).ToList();
}
