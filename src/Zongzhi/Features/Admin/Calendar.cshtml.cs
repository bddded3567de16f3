using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Calendar;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;

namespace Zongzhi.Features.Admin;

/// <summary>
/// The working-day calendar of one year as twelve month grids; load a holiday notice (JSON upload) and add or remove
/// local overrides, through the calendar's own use cases.
/// </summary>
public sealed class CalendarModel(ZongzhiDb db, CalendarSource source, LoadHolidayNotice loadNotice, ChangeLocalOverride changeOverride, TownClock clock,
    FormAction forms)
    : AdminPageModel
{
    public const int MaxNoticeBytes = 256 * 1024;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public IReadOnlyList<CalendarDay> Days { get; private set; } = [];

    public IReadOnlyList<int> PublishedYears { get; private set; } = [];

    public IReadOnlyList<CalendarOverride> Overrides { get; private set; } = [];

    public IReadOnlyList<HolidayNotice> Notices { get; private set; } = [];

    [BindProperty]
    public OverrideInput Override { get; set; } = new();

    [BindProperty]
    [Display(Name = "撤销原因")]
    public string? RemovalReason { get; set; }

    public long? FailedRemovalId { get; private set; }

    /// <summary>The one-time token of this rendering's forms: a second post of the same form is recognised, not repeated.</summary>
    [BindProperty]
    public string? FormToken { get; set; }

    public sealed class OverrideInput
    {
        [Display(Name = "日期")]
        [Required(ErrorMessage = "请选择日期")]
        public DateOnly? Date { get; set; }

        [Display(Name = "调整类型")]
        [Required(ErrorMessage = "请选择调整类型")]
        public LocalOverrideKind? Kind { get; set; }

        [Display(Name = "原因")]
        [Required(ErrorMessage = "请填写调整原因")]
        [StringLength(ChangeLocalOverride.MaxReasonLength, ErrorMessage = "调整原因不能超过 200 个字")]
        public string? Reason { get; set; }
    }

    public int ShownYear => Year ?? clock.Today().Year;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostLoadNoticeAsync(IFormFile? notice, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (notice is null || notice.Length == 0)
        {
            ModelState.AddModelError("notice", "请选择通知 JSON 文件");
        }
        else if (notice.Length > MaxNoticeBytes)
        {
            ModelState.AddModelError("notice", "文件过大：通知 JSON 不超过 256 KB");
        }
        else
        {
            using var reader = new StreamReader(notice.OpenReadStream());
            var (schedule, error) = HolidayScheduleJson.Parse(await reader.ReadToEndAsync(cancellationToken));
            if (schedule is null || !schedule.IsPublished)
            {
                ModelState.AddModelError("notice", "文件内容有误：" + (error ?? "通知中没有任何日期或来源"));
            }
            else
            {
                // A second post of the same form (a double click, or a retry after a lost answer) loads nothing more.
                LoadHolidayNotice.Outcome? loaded = null;
                _ = await forms.RunOnceAsync("calendar.loadNotice.page", FormToken, async () =>
                {
                    loaded = await loadNotice.RunAsync(schedule, "uploaded", cancellationToken);
                    return Results.NoContent();
                }, cancellationToken);
                Flash(loaded is { } outcome
                    ? $"已{(outcome.Replaced ? "更正" : "载入")} {outcome.Year} 年节假日通知（{outcome.Days} 天），重新计算期限 {outcome.RecomputedDeadlines} 项"
                    : $"已载入 {schedule.Year} 年节假日通知");
                return RedirectToPage(new { year = schedule.Year });
            }
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAddOverrideAsync(CancellationToken cancellationToken)
    {
        foreach (var key in ModelState.Keys.Where(k => !k.StartsWith("Override.", StringComparison.Ordinal)).ToList())
        {
            ModelState.Remove(key);
        }

        if (ModelState.IsValid)
        {
            DomainError? error = null;
            var outcome = await forms.RunOnceAsync("calendar.addOverride.page", FormToken, async () =>
            {
                error = (await changeOverride.AddAsync(Override.Date!.Value, Override.Kind!.Value, Override.Reason!, cancellationToken)).Error;
                return error is null ? Results.NoContent() : Problems.From(error);
            }, cancellationToken);
            if (outcome is null || outcome.Succeeded)
            {
                Flash($"已添加 {Override.Date:yyyy-MM-dd} 的本地调整，未结期限已重新计算");
                return RedirectToPage(new { year = Override.Date!.Value.Year });
            }

            AddError(error is ConflictError c ? new ValidationError("date", c.Message) : error!, "Override.");
        }

        Year ??= Override.Date?.Year;
        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveOverrideAsync(long id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        DomainError? error = null;
        var outcome = await forms.RunOnceAsync($"calendar.removeOverride.{id}.page", FormToken, async () =>
        {
            error = (await changeOverride.RemoveAsync(id, RemovalReason ?? "", cancellationToken)).Error;
            return error is null ? Results.NoContent() : Problems.From(error);
        }, cancellationToken);
        if (outcome is null || outcome.Succeeded)
        {
            Flash("本地调整已撤销，未结期限已重新计算");
            return RedirectToPage(new { year = Year });
        }

        FailedRemovalId = id;
        ModelState.AddModelError(nameof(RemovalReason), error!.Message);
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        FormToken = FormAction.NewToken();
        var year = Math.Clamp(ShownYear, 2000, 2100);
        Year = year;
        var calendar = await source.GetAsync(cancellationToken);
        Days = [.. calendar.Days(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31))];
        PublishedYears = calendar.PublishedYears;
        Overrides = await db.CalendarOverrides.AsNoTracking()
            .Where(o => o.RemovedAt == null && o.Date >= new DateOnly(year, 1, 1) && o.Date <= new DateOnly(year, 12, 31))
            .OrderBy(o => o.Date).ToListAsync(cancellationToken);
        Notices = await db.HolidayNotices.AsNoTracking().Where(n => n.Year == year).OrderByDescending(n => n.Id).ToListAsync(cancellationToken);
    }

    public static string Label(DayKind kind) => kind switch
    {
        DayKind.Workday => "工作日",
        DayKind.Weekend => "周末",
        DayKind.Holiday => "法定节假日",
        DayKind.MakeupWorkingDay => "调休上班",
        DayKind.LocalRestDay => "本地休息",
        DayKind.LocalWorkingDay => "本地加班",
    };

    public static string Label(LocalOverrideKind kind) => kind switch
    {
        LocalOverrideKind.LocalHoliday => "本地节假日",
        LocalOverrideKind.EmergencyClosure => "紧急停止办公",
        LocalOverrideKind.ExtraWorkingDay => "加班工作日",
    };
}
