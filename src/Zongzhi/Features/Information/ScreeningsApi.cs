using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// <c>/api/screenings</c>: screening campaigns (排查) — the director opens one, villages and departments in scope file
/// findings, the director records the analysis and turns findings into information items or matters.
/// </summary>
public static class ScreeningsApi
{
    public static IEndpointRouteBuilder MapScreeningsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/screenings").WithTags("Screenings");
        group.MapPost("/", OpenAsync).RequireAuthorization(Policies.Director).WithSummary("开展排查（期间、范围、重点）");
        group.MapGet("/", ListAsync).RequireAuthorization(Policies.Staff).WithSummary("排查列表（本人范围内）");
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(Policies.Staff).WithSummary("排查详情及发现");
        group.MapPost("/{id:long}/findings", FileAsync).RequireAuthorization(InformationPolicies.ScreeningReporter).WithSummary("村(社区)或部门上报排查发现");
        group.MapPost("/{id:long}/analysis", AnalyseAsync).RequireAuthorization(Policies.Director).WithSummary("排查分析（特点、成因、意见建议）");
        group.MapPost("/{id:long}/findings/{findingId:long}/information", ToInformationAsync).RequireAuthorization(Policies.Director).WithSummary("排查发现转为信息");
        group.MapPost("/{id:long}/findings/{findingId:long}/matter", ToMatterAsync).RequireAuthorization(Policies.Director).WithSummary("排查发现转为事项（经由信息）");
        return app;
    }

    public static async Task<IResult> OpenAsync(OpenScreeningRequest request, CurrentUser current, ZongzhiDb db, AuditTrail audit, TownClock clock, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        if (request.StartsOn is null || request.EndsOn is null)
        {
            return Problems.Validation(request.StartsOn is null ? "startsOn" : "endsOn", "请填写排查期间");
        }

        var villages = request.VillageIds ?? [];
        var departments = request.DepartmentIds ?? [];
        if (await db.Villages.CountAsync(v => villages.Contains(v.Id) && v.IsActive, cancellationToken) != villages.Distinct().Count())
        {
            return Problems.Validation("villageIds", "村(社区)不存在");
        }

        if (await db.Departments.CountAsync(d => departments.Contains(d.Id), cancellationToken) != departments.Distinct().Count())
        {
            return Problems.Validation("departmentIds", "部门不存在");
        }

        var opened = ScreeningCampaign.Open(request.Title, request.Focus, request.StartsOn.Value, request.EndsOn.Value, villages, departments, user.Id, clock.UtcNow());
        if (!opened.IsSuccess)
        {
            return Problems.From(opened.Error!);
        }

        var campaign = opened.Value!;
        db.ScreeningCampaigns.Add(campaign);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("ScreeningCampaign", campaign.Id, "screening.open", new { villages = villages.Count, departments = departments.Count });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return TypedResults.Created($"/api/screenings/{campaign.Id}", ScreeningView.From(campaign, db.VersionOf(campaign)));
    }

    public static async Task<IResult> ListAsync(ScreeningWork work, CurrentUser current, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var campaigns = await work.Visible(await current.RequireAsync(cancellationToken)).OrderByDescending(c => c.Id).Take(100).ToListAsync(cancellationToken);
        return TypedResults.Ok(campaigns.Select(c => ScreeningView.From(c, db.VersionOf(c))).ToList());
    }

    public static async Task<IResult> GetAsync(long id, ScreeningWork work, CurrentUser current, ZongzhiDb db, CancellationToken cancellationToken)
    {
        var campaign = await work.Visible(await current.RequireAsync(cancellationToken)).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        return campaign is null ? Problems.From(new NotFoundError("未找到该排查")) : TypedResults.Ok(ScreeningView.From(campaign, db.VersionOf(campaign)));
    }

    public static async Task<IResult> FileAsync(long id, FileFindingRequest request, ScreeningWork work, FileVillageReport reports, CancellationToken cancellationToken)
    {
        if (request.Severity is null)
        {
            return Problems.Validation("severity", "请选择严重程度");
        }

        var categories = await reports.CategoriesAsync(cancellationToken);
        return await work.RunAsync(id, null, "screening.fileFinding", (user, campaign, now) =>
        {
            var villageId = user.IsIn(Accounts.Roles.VillageReporter) ? user.VillageId : null;
            var departmentId = user.IsDepartmentStaff ? user.DepartmentId : null;
            var filed = campaign.File(villageId, departmentId, request.Category, request.Description, request.PeopleInvolved ?? 0, request.Severity.Value,
                categories, user.Id, now);
            return filed.IsSuccess ? Result.Success : Result.Fail(filed.Error!);
        }, cancellationToken, c => new { findings = c.Findings.Count });
    }

    public static Task<IResult> AnalyseAsync(long id, AnalyseScreeningRequest request, ScreeningWork work, CancellationToken cancellationToken) =>
        work.RunAsync(id, request.Version, "screening.analyse",
            (_, campaign, now) => campaign.Analyse(request.Characteristics, request.Causes, request.Recommendations, now), cancellationToken);

    public static async Task<IResult> ToInformationAsync(long id, long findingId, ScreeningWork work, RegisterInformation register, CurrentUser current,
        ZongzhiDb db, TownClock clock, AuditTrail audit, CancellationToken cancellationToken)
    {
        var (item, error) = await TurnIntoInformationAsync(id, findingId, work, register, current, db, clock, audit, cancellationToken);
        return error ?? TypedResults.Created($"/api/information/{item!.Id}", InformationView.From(item, db.VersionOf(item)));
    }

    /// <summary>
    /// 排查发现转为事项: makes the information item first (a matter of channel InformationItem names its source item),
    /// then registers the matter from it and links both. The item stays if the matter is refused: it records the finding.
    /// </summary>
    public static async Task<IResult> ToMatterAsync(long id, long findingId, FindingToMatterRequest request, ScreeningWork work, RegisterInformation register,
        RegisterMatter registerMatter, CurrentUser current, ZongzhiDb db, TownClock clock, AuditTrail audit, CancellationToken cancellationToken)
    {
        if (request.Parties is not { Count: > 0 })
        {
            return Problems.Validation("parties", "请至少填写一名当事人");
        }

        var user = await current.RequireAsync(cancellationToken);
        var campaign = await work.Visible(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var finding = campaign?.Findings.FirstOrDefault(f => f.Id == findingId);
        if (finding is null)
        {
            return Problems.From(new NotFoundError("未找到该排查发现"));
        }

        InformationItem? item;
        if (finding.InformationItemId is { } existingId)
        {
            item = await db.InformationItems.FirstAsync(i => i.Id == existingId, cancellationToken);
        }
        else
        {
            var (created, error) = await TurnIntoInformationAsync(id, findingId, work, register, current, db, clock, audit, cancellationToken);
            if (error is not null)
            {
                return error;
            }

            item = created!;
        }

        if (item.Outcome is InformationOutcome.TurnedIntoMatter or InformationOutcome.Closed)
        {
            return Problems.From(new ConflictError("该排查发现已处理完毕"));
        }

        var registered = await registerMatter.RunAsync(user, InformationActionsApi.ToMatterRequest(item, new TurnIntoMatterRequest(request.Parties, request.IsGroup)), matter =>
        {
            item.TurnIntoMatter(matter.Id, user.Id, clock.UtcNow());
            audit.Record("InformationItem", item.Id, "information.turnIntoMatter", new { matterId = matter.Id, matter.Number, findingId });
            return Task.CompletedTask;
        }, cancellationToken);
        return registered.IsSuccess
            ? TypedResults.Created($"/api/matters/{registered.Value!.Id}", new { informationItemId = item.Id, matterId = registered.Value.Id, matterNumber = registered.Value.Number })
            : Problems.From(registered.Error!);
    }

    private static async Task<(InformationItem? Item, IResult? Error)> TurnIntoInformationAsync(long id, long findingId, ScreeningWork work, RegisterInformation register,
        CurrentUser current, ZongzhiDb db, TownClock clock, AuditTrail audit, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var campaign = await work.Visible(user).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        var finding = campaign?.Findings.FirstOrDefault(f => f.Id == findingId);
        if (campaign is null || finding is null)
        {
            return (null, Problems.From(new NotFoundError("未找到该排查发现")));
        }

        if (finding.InformationItemId is not null)
        {
            return (null, Problems.From(new ConflictError("该排查发现已转为信息")));
        }

        var place = finding.VillageId is { } villageId
            ? await db.Villages.Where(v => v.Id == villageId).Select(v => v.Name).FirstAsync(cancellationToken)
            : "排查发现";
        var summary = string.Concat(finding.Description.EnumerateRunes().Take(80).Select(r => r.ToString()));
        var draft = new InformationDraft(InformationSource.Screening, false, finding.VillageId, finding.Category, finding.FiledAt, place, summary,
            finding.Description, finding.PeopleInvolved, finding.Severity, campaign.Id);
        var registered = await register.RegisterAsync(user.Id, draft, clock.UtcNow(), cancellationToken, item =>
        {
            campaign.LinkInformationItem(finding.Id, item.Id);
            audit.Record("ScreeningCampaign", campaign.Id, "screening.findingToInformation", new { findingId, informationItemId = item.Id });
            return Task.CompletedTask;
        });
        return registered.IsSuccess ? (registered.Value, null) : (null, Problems.From(registered.Error!));
    }
}
