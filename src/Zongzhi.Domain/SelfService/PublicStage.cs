namespace Zongzhi.Domain.SelfService;

/// <summary>One stage of a matter as the public status page shows it (已登记 … 已归档), with the town's date it was reached.</summary>
/// <param name="Name">The stage's name in Chinese.</param>
/// <param name="ReachedOn">The date it was reached, or null while it is ahead.</param>
/// <param name="Note">A short public note (the receiving unit of a transfer, a decline reason), or null.</param>
public sealed record PublicStage(string Name, DateOnly? ReachedOn, string? Note = null)
{
    /// <summary>Whether the matter has reached this stage.</summary>
    public bool IsReached => ReachedOn is not null;
}
