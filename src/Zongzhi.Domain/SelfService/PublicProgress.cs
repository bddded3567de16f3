namespace Zongzhi.Domain.SelfService;

/// <summary>
/// The stages the public status page lists (信访工作条例第二十一条: the party can look up progress): 已登记, 已受理, 已交办,
/// 办理中, 已办结, 已归档 — or where the matter left that path (不予受理, 合并办理, 已移交).
/// </summary>
public static class PublicProgress
{
    /// <summary>The stages in order, each with the date it was reached (null while ahead).</summary>
    /// <param name="facts">The matter's dates.</param>
    public static IReadOnlyList<PublicStage> Stages(PublicProgressFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var stages = new List<PublicStage> { new("已登记", facts.RegisteredOn) };
        if (facts.DeclinedOn is { } declined)
        {
            stages.Add(new("不予受理", declined, facts.DeclineReason));
            return stages;
        }

        if (facts.MergedOn is { } merged)
        {
            stages.Add(new("与此前反映的同一事项合并办理", merged));
            return stages;
        }

        stages.Add(new("已受理", facts.AcceptedOn));
        if (facts.AssignedOn is not null || facts.TransferredOn is null)
        {
            stages.Add(new("已交办", facts.AssignedOn));
            stages.Add(new("办理中", facts.HandlingStartedOn));
        }

        if (facts.TransferredOn is { } transferred)
        {
            stages.Add(new("已移交", transferred, facts.ReceivingUnit is { Length: > 0 } unit ? "移交" + unit + "办理" : null));
        }

        stages.Add(new("已办结", facts.ClosedOn));
        stages.Add(new("已归档", facts.ArchivedOn));
        return stages;
    }
}
