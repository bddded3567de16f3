namespace Zongzhi.Platform.Audit;

/// <summary>The outcome of walking the chain: how many entries were checked, and the first broken one if any.</summary>
public sealed record AuditChainReport(long Checked, long? BrokenSequence, long? BrokenId, string? Problem, long HeadSequence, string HeadHash)
{
    public bool IsIntact => Problem is null;
}
