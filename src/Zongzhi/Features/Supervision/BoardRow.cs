using Zongzhi.Domain.Supervision;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// One open item on the supervision board (督办看板): a sheet, a leader case, or an unanswered call for materials,
/// report request or meeting task, with the last day of its running deadline (null when none runs: a case not yet
/// taken, a sheet awaiting review). A settable class, because EF Core needs one member-initialised shape per branch of
/// the board's UNION ALL.
/// </summary>
public sealed class BoardRow
{
    public enum ItemKind
    {
        Sheet,
        LeaderCase,
        MaterialsRequest,
        ReportRequest,
        MeetingTask,

        /// <summary>A task of the monthly meeting (综治例会): not about one matter, so MatterId holds the meeting's id.</summary>
        MonthlyMeetingTask,
    }

    public enum ItemState
    {
        AwaitingReceipt,
        InHandling,
        AwaitingReview,
        AwaitingTake,
        LeaderCaseInProgress,
        AwaitingAnswer,
    }

    public ItemKind Kind { get; set; }

    public ItemState State { get; set; }

    public long ItemId { get; set; }

    /// <summary>
    /// Breaks ties within a due day: the open deadline's id for the dated sheets (the open deadlines' index then gives the
    /// whole order and a branch stops at the page's end), the item's id for the others. Unique within a kind.
    /// </summary>
    public long OrderKey { get; set; }

    public long MatterId { get; set; }

    public string MatterNumber { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>The sheet number, or what is asked of the department.</summary>
    public string Title { get; set; } = "";

    public long? DepartmentId { get; set; }

    public string? CaseLeaderUserId { get; set; }

    public long? VillageId { get; set; }

    public string Category { get; set; } = "";

    public SupervisionTrack Track { get; set; }

    public DateOnly? DueOn { get; set; }
}
