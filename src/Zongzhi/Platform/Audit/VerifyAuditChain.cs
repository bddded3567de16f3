using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Platform.Audit;

/// <summary>
/// Walks the chain in sequence order and names the first entry whose hash does not match its content, whose link
/// does not match the entry before it, or before which entries are missing. The first entry after a retention
/// purge is accepted when the purge's own (chained) entry names it as its anchor.
/// </summary>
public sealed class VerifyAuditChain(ZongzhiDb db)
{
    private const int BatchSize = 1000;

    public async Task<AuditChainReport> RunAsync(CancellationToken cancellationToken = default)
    {
        long checkedCount = 0;
        AuditEntry? previous = null;
        var lastSequence = 0L;
        while (true)
        {
            var batch = await db.AuditEntries.AsNoTracking()
                .Where(a => a.Sequence > lastSequence)
                .OrderBy(a => a.Sequence)
                .Take(BatchSize)
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                var problem = previous is null ? await CheckFirstAsync(entry, cancellationToken) : CheckLink(previous, entry);
                problem ??= AuditHash.Compute(entry) == entry.Hash ? null : "内容与哈希不符（记录被修改）";
                if (problem is not null)
                {
                    return new AuditChainReport(checkedCount, entry.Sequence, entry.Id, problem, previous?.Sequence ?? 0, previous?.Hash ?? AuditHash.Genesis);
                }

                checkedCount++;
                previous = entry;
            }

            if (batch.Count < BatchSize)
            {
                return new AuditChainReport(checkedCount, null, null, null, previous?.Sequence ?? 0, previous?.Hash ?? AuditHash.Genesis);
            }

            lastSequence = batch[^1].Sequence;
        }
    }

    private static string? CheckLink(AuditEntry previous, AuditEntry entry)
    {
        if (entry.Sequence != previous.Sequence + 1)
        {
            return $"缺少序号 {previous.Sequence + 1}–{entry.Sequence - 1} 的记录（记录被删除）";
        }

        return entry.PreviousHash == previous.Hash ? null : "与前一条记录的哈希链接不符";
    }

    private async Task<string?> CheckFirstAsync(AuditEntry first, CancellationToken cancellationToken)
    {
        if (first.Sequence == 1)
        {
            return first.PreviousHash == AuditHash.Genesis ? null : "第一条记录的前序哈希不是初始值";
        }

        var purge = await db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == PurgeExpiredAuditEntries.Action)
            .OrderByDescending(a => a.Sequence)
            .Select(a => a.Details)
            .FirstOrDefaultAsync(cancellationToken);
        var anchor = purge is null ? null : JsonSerializer.Deserialize<PurgeExpiredAuditEntries.Anchor>(purge, JsonSerializerOptions.Web);
        return anchor is not null && anchor.FirstRetainedSequence == first.Sequence && anchor.FirstRetainedPreviousHash == first.PreviousHash
            ? null
            : $"序号 {first.Sequence} 之前的记录缺失，且没有到期清理记录能说明";
    }
}
