using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accountability;

/// <summary>A discipline officer decides a candidate needs no record (排除线索); the reason is required and audited.</summary>
public sealed class DismissAccountabilityCandidate(ZongzhiDb db, AuditTrail audit, TownClock clock, ListAccountabilityCandidates candidates)
{
    public async Task<Result<CandidateDismissal>> RunAsync(string key, string? reason, CancellationToken cancellationToken = default)
    {
        if (TextRules.Required("reason", reason, "排除理由", TextLimits.Reason, multiline: true) is { } invalid)
        {
            return invalid;
        }

        var candidate = await candidates.FindAsync(key, cancellationToken);
        if (candidate is null)
        {
            return new NotFoundError("未找到该线索（可能已立案或已排除）");
        }

        var dismissal = new CandidateDismissal
        {
            CandidateKey = candidate.Key,
            CandidateReason = candidate.Reason,
            DepartmentId = candidate.DepartmentId,
            UserId = candidate.UserId,
            Reason = reason!.Trim(),
            DismissedAt = clock.UtcNow(),
            DismissedByUserId = audit.Actor.UserId ?? audit.Actor.UserName,
        };
        db.CandidateDismissals.Add(dismissal);
        audit.Record("AccountabilityCandidate", candidate.Key, "accountability.candidate.dismiss", new { candidate.Reason });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new ConflictError("该线索已被排除");
        }

        return dismissal;
    }
}
