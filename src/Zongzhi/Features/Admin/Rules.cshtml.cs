using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Calendar;

namespace Zongzhi.Features.Admin;

/// <summary>The deadline rule settings (时限规则), with the regulation's defaults; a stale form shows "已被他人修改".</summary>
public sealed class RulesModel(ZongzhiDb db, ChangeRuleSettings change) : AdminPageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool IsStale { get; private set; }

    public sealed class InputModel
    {
        [Display(Name = "一般事项（工作日）")]
        [Range(1, 3650, ErrorMessage = "请填写 1–3650 之间的整数")]
        public int GeneralDays { get; set; }

        [Display(Name = "复杂事项（工作日）")]
        [Range(1, 3650, ErrorMessage = "请填写 1–3650 之间的整数")]
        public int ComplexDays { get; set; }

        [Display(Name = "特别复杂事项（工作日）")]
        [Range(1, 3650, ErrorMessage = "请填写 1–3650 之间的整数")]
        public int EspeciallyComplexDays { get; set; }

        [Display(Name = "领导包案（月）")]
        [Range(1, 120, ErrorMessage = "请填写 1–120 之间的整数")]
        public int LeaderCaseMonths { get; set; }

        [Display(Name = "到期前提醒（工作日）")]
        [Range(0, 30, ErrorMessage = "请填写 0–30 之间的整数")]
        public int DueSoonWorkingDays { get; set; }

        [Display(Name = "未签收催办（工作日）")]
        [Range(1, 30, ErrorMessage = "请填写 1–30 之间的整数")]
        public int UnsignedChaseWorkingDays { get; set; }

        public int Version { get; set; }
    }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var row = await db.RuleSettings.AsNoTracking().Where(r => r.Id == RuleSettingsRecord.SingletonId)
            .Select(r => new { Record = r, Version = EF.Property<int>(r, ZongzhiDb.VersionProperty) }).FirstOrDefaultAsync(cancellationToken);
        var rules = row?.Record.ToRules() ?? DeadlineRules.Default;
        Input = new InputModel
        {
            GeneralDays = rules.GeneralDays,
            ComplexDays = rules.ComplexDays,
            EspeciallyComplexDays = rules.EspeciallyComplexDays,
            LeaderCaseMonths = rules.LeaderCaseMonths,
            DueSoonWorkingDays = rules.DueSoonWorkingDays,
            UnsignedChaseWorkingDays = rules.UnsignedChaseWorkingDays,
            Version = row?.Version ?? 0,
        };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var rules = new DeadlineRules(Input.GeneralDays, Input.ComplexDays, Input.EspeciallyComplexDays, Input.LeaderCaseMonths,
            Input.DueSoonWorkingDays, Input.UnsignedChaseWorkingDays);
        var result = await change.RunAsync(rules, Input.Version, cancellationToken);
        if (result.IsSuccess)
        {
            Flash("时限规则已保存，新登记和新交办的事项按新规则计算");
            return RedirectToPage();
        }

        IsStale = result.Error is ConflictError;
        AddError(result.Error!);
        return Page();
    }
}
