using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;

namespace Zongzhi.Features.Calendar;

/// <summary><c>/api/settings/rules</c>: read and change the deadline rule settings, with optimistic concurrency.</summary>
public static class RuleSettingsApi
{
    public sealed record RuleSettingsView(int GeneralDays, int ComplexDays, int EspeciallyComplexDays, int LeaderCaseMonths,
        int DueSoonWorkingDays, int UnsignedChaseWorkingDays, int Version);

    private static readonly string[] OutOfRange = ["取值超出允许范围（工作日 1–3650，月 1–120，提醒 0–30 个工作日，签收催办 1–30 个工作日）"];

    public static IEndpointRouteBuilder MapRuleSettingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/settings/rules").WithTags("Settings");
        group.MapGet("/", GetAsync).RequireAuthorization(Policies.Staff).WithSummary("时限规则");
        group.MapPut("/", UpdateAsync).RequireAuthorization(Policies.Administrator).WithSummary("修改时限规则（需带 version）");
        return app;
    }

    public static async Task<Ok<RuleSettingsView>> GetAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        var row = await db.RuleSettings.AsNoTracking().Where(r => r.Id == RuleSettingsRecord.SingletonId)
            .Select(r => new { Record = r, Version = EF.Property<int>(r, ZongzhiDb.VersionProperty) })
            .FirstOrDefaultAsync(cancellationToken);
        return TypedResults.Ok(View(row?.Record.ToRules() ?? DeadlineRules.Default, row?.Version ?? 0));
    }

    public static async Task<IResult> UpdateAsync(RuleSettingsView request, ChangeRuleSettings change, CancellationToken cancellationToken)
    {
        var rules = new DeadlineRules(request.GeneralDays, request.ComplexDays, request.EspeciallyComplexDays, request.LeaderCaseMonths,
            request.DueSoonWorkingDays, request.UnsignedChaseWorkingDays);
        var invalid = rules.Validate();
        if (invalid.Count > 0)
        {
            return Problems.Validation(invalid.ToDictionary(
                f => char.ToLowerInvariant(f[0]) + f[1..],
                f => OutOfRange));
        }

        var result = await change.RunAsync(rules, request.Version, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(View(rules, result.Value)) : result.Error is ConflictError ? Problems.Stale() : Problems.From(result.Error!);
    }

    private static RuleSettingsView View(DeadlineRules r, int version) =>
        new(r.GeneralDays, r.ComplexDays, r.EspeciallyComplexDays, r.LeaderCaseMonths, r.DueSoonWorkingDays, r.UnsignedChaseWorkingDays, version);
}
