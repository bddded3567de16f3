using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.ExtensionRequests;
using Zongzhi.Domain.LeaderCases;
using Zongzhi.Domain.Matters;

namespace Zongzhi.Features.LeaderCases;

/// <summary>
/// A leader case in full: deadline, plan, notes, coordination requests with their deadlines and replies, extension
/// requests, the transfer, the closure and the hand-over. <c>Version</c> is the matter's, sent back with each action.
/// </summary>
public sealed record LeaderCaseView(
    LeaderCaseSummary Case,
    string AssignedByUserId,
    DateTime AssignedAt,
    LeaderCaseView.PlanView? Plan,
    IReadOnlyList<LeaderCaseView.NoteView> ProgressNotes,
    IReadOnlyList<LeaderCaseView.CoordinationView> CoordinationRequests,
    IReadOnlyList<LeaderCaseView.ExtensionView> ExtensionRequests,
    LeaderCaseView.TransferView? Transfer,
    LeaderCaseView.ClosureView? Closure,
    LeaderCaseView.HandOverView? HandOver,
    DateTime? ArchivedAt,
    int Version)
{
    public sealed record PlanView(string Findings, string Measures, string People, DateTime RecordedAt);

    public sealed record NoteView(long Id, string Text, DateTime WrittenAt, string WrittenByUserId);

    public sealed record CoordinationView(
        long Id, long DepartmentId, string DepartmentName, string Request, DateTime RequestedAt, DateOnly DueOn, bool IsOverdue,
        string? Reply, DateTime? RepliedAt, string? RepliedByUserId, DateTime? WithdrawnAt);

    public sealed record ExtensionView(
        long Id, string Reason, DateOnly DueOnAtRequest, DateOnly ProposedDueOn, DateTime RequestedAt, string RequestedByUserId,
        ExtensionRequestStatus Status, DateTime? DecidedAt, string? DecidedByUserId, DateOnly? ApprovedDueOn, string? DecisionComment);

    public sealed record TransferView(
        string CompetentAgency, DateOnly? ContactedOn, string? NoticeNumber, string NoticeAddressedTo, string NoticeText,
        DateOnly NoticeIssuedOn, DateTime TransferredAt, DateTime? FiledAt);

    public sealed record ClosureView(string ClosingResult, Satisfaction? PartySatisfaction, DateOnly? ClosedOn, DateTime? ClosedAt, bool WasOnTime);

    public sealed record HandOverView(IReadOnlyList<string> Materials, DateTime HandedOverAt);

    public static LeaderCaseView From(
        LeaderCase leaderCase, Matter matter, WorkCalendar calendar, DateOnly today, IReadOnlyDictionary<long, string> departments, int version)
    {
        ArgumentNullException.ThrowIfNull(leaderCase);
        ArgumentNullException.ThrowIfNull(matter);
        var summary = LeaderCaseQueries.Summarize(leaderCase, matter.Number, matter.Summary, calendar, today);
        return new LeaderCaseView(
            summary, leaderCase.AssignedByUserId, leaderCase.AssignedAt,
            leaderCase.Plan is { } p ? new PlanView(p.Findings, p.Measures, p.People, p.RecordedAt) : null,
            leaderCase.ProgressNotes.OrderBy(n => n.WrittenAt).Select(n => new NoteView(n.Id, n.Text, n.WrittenAt, n.WrittenByUserId)).ToList(),
            leaderCase.CoordinationRequests.OrderBy(r => r.RequestedAt).Select(r => new CoordinationView(
                r.Id, r.DepartmentId, departments.GetValueOrDefault(r.DepartmentId, ""), r.Request, r.RequestedAt, r.Deadline.DueOn,
                r.Deadline.IsOverdueOn(today), r.Reply, r.RepliedAt, r.RepliedByUserId, r.WithdrawnAt)).ToList(),
            leaderCase.ExtensionRequests.OrderBy(r => r.RequestedAt).Select(r => new ExtensionView(
                r.Id, r.Reason, r.DueOnAtRequest, r.ProposedDueOn, r.RequestedAt, r.RequestedByUserId, r.Status, r.DecidedAt,
                r.DecidedByUserId, r.ApprovedDueOn, r.DecisionComment)).ToList(),
            matter.Transfer is { Kind: TransferKind.OutsideTownAuthority } t
                ? new TransferView(t.ReceivingUnit, t.ContactedOn, t.Notice.DocumentNumber, t.Notice.AddressedTo, t.Notice.Text, t.Notice.IssuedOn, t.TransferredAt, t.FiledAt)
                : null,
            leaderCase.ClosingResult is { } result
                ? new ClosureView(result, leaderCase.PartySatisfaction, leaderCase.ClosedOn, leaderCase.ClosedAt, leaderCase.Deadline?.WasMetOnTime ?? false)
                : null,
            leaderCase.HandedOverAt is { } handedOverAt ? new HandOverView(leaderCase.HandedOverMaterials, handedOverAt) : null,
            leaderCase.ArchivedAt,
            version);
    }
}
