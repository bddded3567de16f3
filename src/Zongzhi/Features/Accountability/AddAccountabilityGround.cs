using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Accountability;

/// <summary>An administrator adds a ground to the catalogue (the regulation's thirteen stay; grounds are never removed).</summary>
public sealed class AddAccountabilityGround(ZongzhiDb db, AuditTrail audit)
{
    public sealed record Request(string? Code, AccountabilitySubject Subject, string? Clause, string? Summary);

    public async Task<Result<AccountabilityGround>> RunAsync(Request request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var created = AccountabilityGround.Create(request.Code, request.Subject, request.Clause, request.Summary);
        if (created.Value is not { } ground)
        {
            return created.Error!;
        }

        if (await db.AccountabilityGrounds.AnyAsync(g => g.Code == ground.Code, cancellationToken))
        {
            return new ValidationError("code", "编号已存在");
        }

        db.AccountabilityGrounds.Add(ground);
        audit.Record("AccountabilityGround", ground.Code, "accountability.ground.add", new { ground.Code, ground.Subject, ground.Clause });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return new ValidationError("code", "编号已存在");
        }

        return ground;
    }
}
