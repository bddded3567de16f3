using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Platform;

namespace Zongzhi.Features.Calendar;

public static class CalendarApi
{
    public const int MaxDaysListed = 3660;

    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/calendar").WithTags("Calendar");

        // The working-day calendar is public law (State Council notices), not personal data: no sign-in needed.
        group.MapGet("/deadline", GetDeadlineAsync).AllowAnonymous()
            .WithSummary("计算期限：起算日 + 工作日/自然日/月").WithName("GetDeadline");
        group.MapGet("/days", GetDaysAsync).AllowAnonymous().WithSummary("列出日期类型").WithName("GetCalendarDays");

        group.MapGet("/notices", ListNoticesAsync).RequireAuthorization(Policies.Staff).WithSummary("已载入的节假日通知");
        group.MapPost("/notices", LoadNoticeAsync).RequireAuthorization(Policies.Administrator).WithSummary("载入或更正一年的节假日通知");
        group.MapGet("/overrides", ListOverridesAsync).RequireAuthorization(Policies.Staff).WithSummary("本地调整");
        group.MapPost("/overrides", AddOverrideAsync).RequireAuthorization(Policies.Administrator).WithSummary("新增本地调整");
        group.MapPost("/overrides/{id:long}/remove", RemoveOverrideAsync).RequireAuthorization(Policies.Administrator).WithSummary("撤销本地调整");
        group.MapGet("/versions", ListVersionsAsync).RequireAuthorization(Policies.Staff).WithSummary("日历版本历史");
        return app;
    }

    public static async Task<Results<Ok<DeadlineAnswer>, ValidationProblem>> GetDeadlineAsync(
        [FromQuery] string? start, [FromQuery] string? workingDays, [FromQuery] string? calendarDays, [FromQuery] string? months,
        CalendarSource source, CancellationToken cancellationToken)
    {
        if (new DeadlineQuery(start, workingDays, calendarDays, months).Validate(out var errors) is not { } query)
        {
            return Problems.Validation(errors);
        }

        var calendar = await source.GetAsync(cancellationToken);
        return TypedResults.Ok(DeadlineAnswer.From(query.Start, calendar.Add(query.Start, query.Period)));
    }

    public static async Task<Results<Ok<List<CalendarDayAnswer>>, ValidationProblem>> GetDaysAsync(
        [FromQuery] string? from, [FromQuery] string? to, CalendarSource source, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var first = ParseDate(from, "from", errors);
        var last = ParseDate(to, "to", errors);
        if (errors.Count == 0 && last < first)
        {
            errors["to"] = ["结束日期 to 不能早于开始日期 from"];
        }
        else if (errors.Count == 0 && last.DayNumber - first.DayNumber >= MaxDaysListed)
        {
            errors["to"] = [$"一次最多列出 {MaxDaysListed} 天"];
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var calendar = await source.GetAsync(cancellationToken);
        return TypedResults.Ok(calendar.Days(first, last).Select(CalendarDayAnswer.From).ToList());
    }

    public sealed record NoticeSummary(long Id, int Year, string[] Sources, string Origin, bool IsCurrent, DateTime LoadedAt, int Days, string CalendarVersion);

    public static async Task<Ok<List<NoticeSummary>>> ListNoticesAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        var notices = await db.HolidayNotices.AsNoTracking().OrderBy(n => n.Year).ThenBy(n => n.Id)
            .Select(n => new { n.Id, n.Year, n.Sources, n.Origin, n.IsCurrent, n.LoadedAt, Days = n.Days.Count, n.CalendarVersion })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(notices.Select(n => new NoticeSummary(n.Id, n.Year, n.Sources.Split('\n', StringSplitOptions.RemoveEmptyEntries),
            n.Origin, n.IsCurrent, n.LoadedAt, n.Days, n.CalendarVersion)).ToList());
    }

    public static async Task<Results<Ok<LoadHolidayNotice.Outcome>, ValidationProblem>> LoadNoticeAsync(
        HttpRequest request, LoadHolidayNotice load, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(cancellationToken);
        var (schedule, error) = HolidayScheduleJson.Parse(json);
        if (schedule is null)
        {
            return Problems.Validation("notice", error!);
        }

        if (!schedule.IsPublished)
        {
            return Problems.Validation("days", "通知中没有任何日期或来源，不能作为已公布的安排载入");
        }

        return TypedResults.Ok(await load.RunAsync(schedule, "loaded", cancellationToken));
    }

    public sealed record OverrideView(long Id, string Date, LocalOverrideKind Kind, string Reason, DateTime CreatedAt, bool Active, string? RemovalReason);

    public static async Task<Ok<List<OverrideView>>> ListOverridesAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        var items = await db.CalendarOverrides.AsNoTracking().OrderBy(o => o.Date).ToListAsync(cancellationToken);
        return TypedResults.Ok(items.Select(From).ToList());
    }

    public sealed record AddOverrideRequest(string? Date, LocalOverrideKind? Kind, string? Reason);

    public static async Task<IResult> AddOverrideAsync(AddOverrideRequest request, ChangeLocalOverride change, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var date = ParseDate(request.Date, "date", errors);
        if (request.Kind is null)
        {
            errors["kind"] = ["请选择调整类型：LocalHoliday（本地节假日）、EmergencyClosure（紧急停止办公）或 ExtraWorkingDay（加班工作日）"];
        }

        if (errors.Count > 0)
        {
            return Problems.Validation(errors);
        }

        var result = await change.AddAsync(date, request.Kind!.Value, request.Reason ?? "", cancellationToken);
        return result.IsSuccess ? TypedResults.Created($"/api/calendar/overrides/{result.Value!.Id}", From(result.Value)) : Problems.From(result.Error!);
    }

    public sealed record RemoveOverrideRequest(string? Reason);

    public static async Task<IResult> RemoveOverrideAsync(long id, RemoveOverrideRequest request, ChangeLocalOverride change, CancellationToken cancellationToken)
    {
        var result = await change.RemoveAsync(id, request.Reason ?? "", cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : Problems.From(result.Error!);
    }

    public static async Task<Ok<List<CalendarVersionRecord>>> ListVersionsAsync(ZongzhiDb db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await db.CalendarVersions.AsNoTracking().OrderByDescending(v => v.Id).Take(200).ToListAsync(cancellationToken));

    private static OverrideView From(CalendarOverride o) =>
        new(o.Id, o.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), o.Kind, o.Reason, o.CreatedAt, o.IsActive, o.RemovalReason);

    private static DateOnly ParseDate(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [string.IsNullOrWhiteSpace(value) ? $"请提供日期 {field}（格式 yyyy-MM-dd）" : $"日期 {field} 无效：“{value}”不是真实存在的 yyyy-MM-dd 日期"];
        return default;
    }
}
