using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.SelfService;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Matters;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.SelfService;

/// <summary>
/// Draws a new 查询码 for a matter (at registration, or when the party lost the receipt): only its hash is stored, so
/// the code is shown this once; an earlier code — and the receipt that carries it — stops working.
/// </summary>
public sealed class IssueQueryCode(ZongzhiDb db, MatterAccess access, CurrentUser current, AuditTrail audit, TownClock clock)
{
    public sealed record Issued(long MatterId, string Number, string Code, int Generation)
    {
        public string Display => QueryCode.Display(Code);

        public IReadOnlyList<string> ReadAloud => QueryCode.ReadAloud(Code);
    }

    public async Task<Result<Issued>> RunAsync(long matterId, CancellationToken cancellationToken)
    {
        var user = await current.RequireAsync(cancellationToken);
        var matter = await access.Visible(user).Where(m => m.Id == matterId).Select(m => new { m.Id, m.Number }).FirstOrDefaultAsync(cancellationToken);
        if (matter is null)
        {
            return new NotFoundError("未找到该事项");
        }

        var code = QueryCode.New();
        var salt = QueryCodeHash.NewSalt();
        var row = await db.MatterQueryCodes.FirstOrDefaultAsync(c => c.MatterId == matter.Id, cancellationToken);
        if (row is null)
        {
            row = new MatterQueryCode { MatterId = matter.Id };
            db.MatterQueryCodes.Add(row);
        }

        row.Salt = salt;
        row.Hash = QueryCodeHash.Compute(code, salt);
        row.Generation++;
        row.IssuedAt = clock.UtcNow();
        row.IssuedByUserId = user.Id;
        audit.Record("Matter", matter.Id, "matter.query-code.issue", new { generation = row.Generation });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two clerks regenerating at once: one wins, the other is told to reload.
            return new ConflictError("已被他人修改");
        }

        return new Issued(matter.Id, matter.Number, code, row.Generation);
    }
}
