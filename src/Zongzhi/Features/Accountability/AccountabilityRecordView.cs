using Zongzhi.Domain.Accountability;

namespace Zongzhi.Features.Accountability;

/// <summary>What the API shows of a record (to discipline officers, and to the person concerned).</summary>
public sealed record AccountabilityRecordView(long Id, string? CandidateKey, string? SubjectUserId, long? SubjectDepartmentId,
    long? GroundId, string Summary, AccountabilityRecordStatus Status, DateTime OpenedAt, string? Finding,
    AccountabilityOutcome? Outcome, DateTime? ClosedAt, IReadOnlyList<EvidenceLink> Evidence,
    IReadOnlyList<AccountabilityRecordView.StatementView> Statements)
{
    public sealed record StatementView(long Id, DateTime At, string Text);

    public static AccountabilityRecordView From(AccountabilityRecord r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.CandidateKey, r.SubjectUserId, r.SubjectDepartmentId, r.GroundId, r.Summary, r.Status, r.OpenedAt,
            r.Finding, r.Outcome, r.ClosedAt, [.. r.Evidence], [.. r.Statements.Select(s => new StatementView(s.Id, s.At, s.Text))]);
    }
}
