using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Accountability;

namespace Zongzhi.Features.Accountability;

/// <summary>Puts the regulation's thirteen grounds in the catalogue (§四(一)); idempotent, run at every start.</summary>
public static class SeedAccountabilityGrounds
{
    public static async Task RunAsync(ZongzhiDb db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var present = await db.AccountabilityGrounds.Select(g => g.Code).ToListAsync(cancellationToken);
        var missing = AccountabilityGrounds.Regulation.Where(g => !present.Contains(g.Code)).ToList();
        if (missing.Count == 0)
        {
            return;
        }

        foreach (var ground in missing)
        {
            db.AccountabilityGrounds.Add(AccountabilityGround.Create(ground.Code, ground.Subject, ground.Clause, ground.Summary, isFromRegulation: true).Value!);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
