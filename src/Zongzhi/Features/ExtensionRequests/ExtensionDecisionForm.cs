namespace Zongzhi.Features.ExtensionRequests;

/// <summary>One decision form of the queue: the request it decides, and the approval date, comment or refusal reason.</summary>
public sealed class ExtensionDecisionForm
{
    public long? RequestId { get; set; }

    public DateOnly? ApprovedDueOn { get; set; }

    public string? Comment { get; set; }

    public string? Reason { get; set; }

    /// <summary>The page's one-time form token (D5): a second post of the same form decides nothing twice.</summary>
    public string? FormToken { get; set; }
}
