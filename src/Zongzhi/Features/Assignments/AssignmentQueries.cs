using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Matters;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// Reads sheets within scope: department staff see their department's sheets, the director and the office the sheets
/// of the matters they may see. Lists are newest first and paged by keyset (<c>after</c> = the last id seen).
/// </summary>
public sealed class AssignmentQueries(ZongzhiDb db, MatterAccess access, CurrentUser current, CalendarSource calendars, TownClock clock)
{
    public const int MaxPageSize = 100;

    public sealed record Query(AssignmentSheetStatus? Status, long? After, int? PageSize);

    public sealed record Item(long Id, string Number, long MatterId, string MatterNumber, string MatterSummary, long HandlingDepartmentId,
        Complexity Complexity, AssignmentSheetStatus Status, DateOnly IssuedOn, DateOnly? ReceivedOn, DateOnly? DueOn, bool? IsProvisional);

    public sealed record Page(IReadOnlyList<Item> Items, long? NextAfter);

    public async Task<IResult> ListAsync(Query query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (query.PageSize is < 1 or > MaxPageSize)
        {
            return Problems.Validation("pageSize", $"每页条数应为 1–{MaxPageSize}");
        }

        var user = await current.RequireAsync(cancellationToken);
        var size = query.PageSize ?? 20;
        var sheets = db.AssignmentSheets.OfDepartment(user);
        if (query.Status is { } status) sheets = sheets.Where(s => s.Status == status);
        if (query.After is { } after) sheets = sheets.Where(s => s.Id < after);
        var rows = await (
            from s in sheets
            join m in access.Visible(user) on s.MatterId equals m.Id
            orderby s.Id descending
            select new
            {
                s.Id, s.Number, s.MatterId, MatterNumber = m.Number, m.Summary, s.HandlingDepartmentId, s.Complexity, s.Status, s.IssuedOn, s.ReceivedOn,
                Due = s.Rounds.OrderByDescending(r => r.RoundNumber).Select(r => new { r.Deadline.DueOn, r.Deadline.IsProvisional }).FirstOrDefault(),
            }).Take(size + 1).ToListAsync(cancellationToken);
        var items = rows.Take(size).Select(r => new Item(r.Id, r.Number, r.MatterId, r.MatterNumber, r.Summary, r.HandlingDepartmentId, r.Complexity,
            r.Status, r.IssuedOn, r.ReceivedOn, r.Due?.DueOn, r.Due?.IsProvisional)).ToList();
        return TypedResults.Ok(new Page(items, rows.Count > size ? items[^1].Id : null));
    }

    public async Task<IResult> GetAsync(long id, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var sheet = await db.AssignmentSheets.AsNoTracking().Where(s => s.Id == id).OfDepartment(user).WithRounds().FirstOrDefaultAsync(cancellationToken);
        var matter = sheet is null ? null : await access.Visible(user).AsNoTracking().FirstOrDefaultAsync(m => m.Id == sheet.MatterId, cancellationToken);
        if (sheet is null || matter is null)
        {
            return SheetWork.NotFound();
        }

        var version = await db.Matters.Where(m => m.Id == matter.Id)
            .Select(m => EF.Property<int>(m, ZongzhiDb.VersionProperty)).SingleAsync(cancellationToken);
        var calendar = await calendars.GetAsync(cancellationToken);
        return TypedResults.Ok(AssignmentSheetView.From(sheet, matter, version, calendar, clock.Today()));
    }
}
