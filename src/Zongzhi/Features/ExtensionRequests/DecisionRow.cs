namespace Zongzhi.Features.ExtensionRequests;

/// <summary>One pending request on the approval page, with the posted form when it is the one being decided.</summary>
public sealed record DecisionRow(long Id, string Kind, string Link, string Number, string Summary, string RequestedBy, string Reason,
    DateOnly DueOnAtRequest, DateOnly ProposedDueOn, ExtensionDecisionForm Form, string FormToken)
{
    public bool IsPosted => Form?.RequestId == Id;
}
