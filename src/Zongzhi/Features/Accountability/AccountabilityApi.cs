using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accountability;

/// <summary>
/// <c>/api/accountability</c> (责任追究): the catalogue, candidates, records kept by discipline officers, the person
/// concerned's view and statements, and statistics. The system proposes; only an officer decides.
/// </summary>
public static class AccountabilityApi
{
    public sealed record DismissRequest(string Key, string? Reason);

    public sealed record FindingRequest(long GroundId, string? Finding, AccountabilityOutcome Outcome);

    public sealed record StatementRequest(string? Text);

    public static IEndpointRouteBuilder MapAccountabilityApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/accountability").WithTags("Accountability");
        group.MapGet("/grounds", async (ZongzhiDb db, CancellationToken ct) =>
            TypedResults.Ok(await db.AccountabilityGrounds.AsNoTracking().OrderBy(g => g.Id).ToListAsync(ct)))
            .RequireAuthorization(Policies.Staff).WithSummary("责任追究情形目录");
        group.MapPost("/grounds", async (AddAccountabilityGround.Request request, AddAccountabilityGround add, CancellationToken ct) =>
            Answer(await add.RunAsync(request, ct), g => TypedResults.Created($"/api/accountability/grounds/{g.Id}", g)))
            .RequireAuthorization(Policies.Administrator).WithSummary("增加责任追究情形");
        group.MapGet("/candidates", async (ListAccountabilityCandidates list, CancellationToken ct) => TypedResults.Ok(await list.RunAsync(ct)))
            .RequireAuthorization(Policies.DisciplineOfficer).WithSummary("责任追究线索（系统提示，不作决定）");
        group.MapPost("/candidates/dismiss", async (DismissRequest request, DismissAccountabilityCandidate dismiss, CancellationToken ct) =>
            Answer(await dismiss.RunAsync(request.Key, request.Reason, ct), d => TypedResults.Ok(new { d.Id, d.CandidateKey })))
            .RequireAuthorization(Policies.DisciplineOfficer).WithSummary("排除线索（须说明理由）");
        group.MapGet("/records", async (AccountabilityRecordStatus? status, ZongzhiDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.AccountabilityRecords.AsNoTracking().Include(r => r.Statements)
                .Where(r => status == null || r.Status == status).OrderByDescending(r => r.Id).Take(500).ToListAsync(ct))
                .Select(AccountabilityRecordView.From)))
            .RequireAuthorization(Policies.DisciplineOfficer).WithSummary("责任追究记录");
        group.MapPost("/records", async (OpenAccountabilityRecord.Request request, OpenAccountabilityRecord open, CancellationToken ct) =>
            Answer(await open.RunAsync(request, ct), r => TypedResults.Created($"/api/accountability/records/{r.Id}", AccountabilityRecordView.From(r))))
            .RequireAuthorization(Policies.DisciplineOfficer).WithSummary("立案（由线索或手工）");
        group.MapGet("/records/{id:long}", GetAsync).RequireAuthorization(Policies.Staff).WithSummary("查看记录（纪检人员或本人）");
        group.MapPost("/records/{id:long}/evidence", (long id, EvidenceLink link, ChangeAccountabilityRecord change, CancellationToken ct) =>
            ChangeAsync(change, id, "accountability.evidence", r => r.AttachEvidence(link), new { link.EntityType, link.EntityId }, ct))
            .RequireAuthorization(Policies.DisciplineOfficer).WithSummary("添加证据");
        group.MapPost("/records/{id:long}/finding", async (long id, FindingRequest request, ChangeAccountabilityRecord change, ZongzhiDb db, CancellationToken ct) =>
            await db.AccountabilityGrounds.AnyAsync(g => g.Id == request.GroundId, ct)
                ? await ChangeAsync(change, id, "accountability.finding", r => r.RecordFinding(request.GroundId, request.Finding, request.Outcome),
                    new { request.GroundId, request.Outcome }, ct)
                : Problems.Validation("groundId", "责任追究情形不存在"))
            .RequireAuthorization(Policies.DisciplineOfficer).WithSummary("记录调查认定和处理结果");
        group.MapPost("/records/{id:long}/close", (long id, ChangeAccountabilityRecord change, TownClock clock, CancellationToken ct) =>
            ChangeAsync(change, id, "accountability.close", r => r.Close(change.Actor.UserId ?? change.Actor.UserName, clock.UtcNow()), null, ct))
            .RequireAuthorization(Policies.DisciplineOfficer).WithSummary("结案");
        group.MapPost("/records/{id:long}/statements", AddStatementAsync).RequireAuthorization(Policies.Staff).WithSummary("本人陈述、申辩");
        group.MapGet("/mine", async (AuditTrail audit, ZongzhiDb db, CancellationToken ct) =>
            TypedResults.Ok((await db.AccountabilityRecords.AsNoTracking().Include(r => r.Statements)
                .Where(r => r.SubjectUserId != null && r.SubjectUserId == audit.Actor.UserId).OrderByDescending(r => r.Id).ToListAsync(ct))
                .Select(AccountabilityRecordView.From)))
            .RequireAuthorization(Policies.Staff).WithSummary("与我有关的责任追究记录");
        group.MapGet("/statistics", async (DateOnly from, DateOnly to, AccountabilityStatistics statistics, CancellationToken ct) =>
            TypedResults.Ok(await statistics.ByDepartmentAndGroundAsync(from, to, ct)))
            .RequireAuthorization(Policies.AccountabilityStatistics).WithSummary("按部门和情形统计");
        return app;
    }

    private static async Task<IResult> GetAsync(long id, AuditTrail audit, ZongzhiDb db, CancellationToken ct)
    {
        var record = await db.AccountabilityRecords.AsNoTracking().Include(r => r.Statements).FirstOrDefaultAsync(r => r.Id == id, ct);
        var actor = audit.Actor;
        var mayRead = record is not null
            && ((actor.Roles.Contains(Roles.DisciplineOfficer) && record.SubjectUserId != actor.UserId) || record.SubjectUserId == actor.UserId);
        return mayRead ? TypedResults.Ok(AccountabilityRecordView.From(record!)) : Problems.From(new NotFoundError());
    }

    private static async Task<IResult> AddStatementAsync(long id, StatementRequest request, ChangeAccountabilityRecord change, TownClock clock, CancellationToken ct)
    {
        var userId = change.Actor.UserId;
        if (userId is null)
        {
            return Problems.From(new NotFoundError());
        }

        return Answer(await change.RunAsync(id, "accountability.statement", r => Task.FromResult(r.AddStatement(userId, request.Text, clock.UtcNow())), null, ct),
            r => TypedResults.Ok(AccountabilityRecordView.From(r)));
    }

    // An officer never handles a record about themselves (as the respondent rule for matters).
    private static async Task<IResult> ChangeAsync(ChangeAccountabilityRecord change, long id, string action, Func<AccountabilityRecord, Result> apply,
        object? details, CancellationToken ct) =>
        Answer(await change.RunAsync(id, action, r => Task.FromResult(r.SubjectUserId is not null && r.SubjectUserId == change.Actor.UserId
            ? Result.Fail(new NotFoundError())
            : apply(r)), details, ct), r => TypedResults.Ok(AccountabilityRecordView.From(r)));

    private static IResult Answer<T>(Result<T> result, Func<T, IResult> success) =>
        result.Value is { } value ? success(value) : Problems.From(result.Error!);
}
