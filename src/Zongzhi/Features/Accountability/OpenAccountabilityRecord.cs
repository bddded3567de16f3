using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accountability;

/// <summary>A discipline officer opens a record (立案), from a candidate (its subject and evidence carried over) or by hand.</summary>
public sealed class OpenAccountabilityRecord(ZongzhiDb db, AuditTrail audit, TownClock clock, ListAccountabilityCandidates candidates)
{
    public sealed record Request(string? CandidateKey, string? SubjectUserId, long? SubjectDepartmentId, long? GroundId,
        string? Summary, IReadOnlyList<EvidenceLink>? Evidence);

    public async Task<Result<AccountabilityRecord>> RunAsync(Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (subjectUserId, departmentId, groundId, summary, evidence) =
            (request.SubjectUserId, request.SubjectDepartmentId, request.GroundId, request.Summary, request.Evidence ?? []);
        if (request.CandidateKey is { } key)
        {
            var candidate = await candidates.FindAsync(key, cancellationToken);
            if (candidate is null)
            {
                return new NotFoundError("未找到该线索（可能已立案或已排除）");
            }

            (subjectUserId, departmentId) = (candidate.UserId, candidate.DepartmentId);
            summary = string.IsNullOrWhiteSpace(summary) ? candidate.Description : summary;
            evidence = [.. candidate.Evidence, .. evidence];
            groundId ??= await db.AccountabilityGrounds.Where(g => g.Code == candidate.SuggestedGroundCode)
                .Select(g => (long?)g.Id).FirstOrDefaultAsync(cancellationToken);
        }

        if (groundId is { } id && !await db.AccountabilityGrounds.AnyAsync(g => g.Id == id, cancellationToken))
        {
            return new ValidationError("groundId", "责任追究情形不存在");
        }

        var opened = AccountabilityRecord.Open(request.CandidateKey, subjectUserId, departmentId, groundId, summary, evidence,
            audit.Actor.UserId ?? audit.Actor.UserName, clock.UtcNow());
        if (opened.Value is not { } record)
        {
            return opened.Error!;
        }

        db.AccountabilityRecords.Add(record);
        audit.Record("AccountabilityRecord", null, "accountability.open", new { request.CandidateKey, groundId, departmentId, evidence = evidence.Count });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new ConflictError("该线索已立案");
        }

        return record;
    }
}
