using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.LeaderCases;

/// <summary>The fields of the forms on the leader-case page; each form posts its own fields and the matter's version.</summary>
public sealed class LeaderCaseForm
{
    public int? Version { get; set; }

    public string? Findings { get; set; }

    public string? Measures { get; set; }

    public string? People { get; set; }

    public string? Text { get; set; }

    public string? Reason { get; set; }

    public DateOnly? ProposedDueOn { get; set; }

    public string? ClosingResult { get; set; }

    public Satisfaction? PartySatisfaction { get; set; }
}
