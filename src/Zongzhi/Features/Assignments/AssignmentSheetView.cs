using Zongzhi.Domain.Assignments;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Supervision;
using Zongzhi.Features.ExtensionRequests;

namespace Zongzhi.Features.Assignments;

/// <summary>
/// An assignment sheet (交办单) with every round, note, result and extension request. <see cref="Deadline"/> is the
/// current round's; <see cref="Version"/> is the matter's version, to send back with the next action.
/// </summary>
public sealed record AssignmentSheetView(
    long Id,
    string Number,
    long MatterId,
    string MatterNumber,
    long HandlingDepartmentId,
    IReadOnlyList<long> CoHandlingDepartmentIds,
    string Requirements,
    Complexity Complexity,
    SupervisionTrack SupervisingBody,
    AssignmentSheetStatus Status,
    DateTime IssuedAt,
    DateOnly IssuedOn,
    string IssuedByUserId,
    DeadlineView SigningDeadline,
    DateOnly? ReceivedOn,
    DateTime? ReceivedAt,
    string? HandlerUserId,
    DeadlineView? Deadline,
    IReadOnlyList<AssignmentSheetView.RoundView> Rounds,
    int Version)
{
    public sealed record RoundView(
        int RoundNumber, DateOnly StartedOn, string? RehandlingReasons, DeadlineView Deadline, IReadOnlyList<NoteView> ProgressNotes,
        ResultView? Result, ReviewOutcome? Outcome, string? ReviewComment, DateTime? ReviewedAt, string? ReviewedByUserId, bool WasOnTime,
        IReadOnlyList<ExtensionRequestView> ExtensionRequests);

    public sealed record NoteView(long Id, string Text, DateTime WrittenAt, string WrittenByUserId);

    public sealed record ResultView(string WhatWasDone, string ReplyToParty, Satisfaction? PartySatisfaction, DateTime SubmittedAt,
        DateOnly SubmittedOn, string SubmittedByUserId);

    public static AssignmentSheetView From(AssignmentSheet sheet, Matter matter, int version, WorkCalendar calendar, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        ArgumentNullException.ThrowIfNull(matter);
        var rounds = sheet.Rounds.OrderBy(r => r.RoundNumber).Select(r => new RoundView(
            r.RoundNumber, r.StartedOn, r.RehandlingReasons, DeadlineView.From(r.Deadline, calendar, today),
            r.ProgressNotes.OrderBy(n => n.WrittenAt).ThenBy(n => n.Id).Select(n => new NoteView(n.Id, n.Text, n.WrittenAt, n.WrittenByUserId)).ToList(),
            r.Result is { } result
                ? new ResultView(result.WhatWasDone, result.ReplyToParty, result.PartySatisfaction, result.SubmittedAt, result.SubmittedOn, result.SubmittedByUserId)
                : null,
            r.Outcome, r.ReviewComment, r.ReviewedAt, r.ReviewedByUserId, r.WasOnTime,
            r.ExtensionRequests.OrderBy(e => e.RequestedAt).ThenBy(e => e.Id).Select(ExtensionRequestView.From).ToList())).ToList();
        return new AssignmentSheetView(sheet.Id, sheet.Number, sheet.MatterId, matter.Number, sheet.HandlingDepartmentId,
            [.. sheet.CoHandlingDepartmentIds], sheet.Requirements, sheet.Complexity, sheet.SupervisingBody, sheet.Status, sheet.IssuedAt,
            sheet.IssuedOn, sheet.IssuedByUserId, DeadlineView.From(sheet.SigningDeadline, calendar, today), sheet.ReceivedOn, sheet.ReceivedAt,
            sheet.HandlerUserId, rounds.Count > 0 ? rounds[^1].Deadline : null, rounds, version);
    }
}
