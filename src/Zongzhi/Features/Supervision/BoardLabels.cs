namespace Zongzhi.Features.Supervision;

/// <summary>Chinese labels of the board's kinds, states and lights (exhaustive switches: CS8509).</summary>
public static class BoardLabels
{
    public static string Of(BoardRow.ItemKind kind) => kind switch
    {
        BoardRow.ItemKind.Sheet => "交办单",
        BoardRow.ItemKind.LeaderCase => "领导包案",
        BoardRow.ItemKind.MaterialsRequest => "调阅材料",
        BoardRow.ItemKind.ReportRequest => "要求汇报",
        BoardRow.ItemKind.MeetingTask => "协调会议定事项",
        BoardRow.ItemKind.MonthlyMeetingTask => "综治例会任务",
    };

    public static string Of(BoardRow.ItemState state) => state switch
    {
        BoardRow.ItemState.AwaitingReceipt => "待签收",
        BoardRow.ItemState.InHandling => "办理中",
        BoardRow.ItemState.AwaitingReview => "待审核",
        BoardRow.ItemState.AwaitingTake => "待接案",
        BoardRow.ItemState.LeaderCaseInProgress => "包案办理中",
        BoardRow.ItemState.AwaitingAnswer => "待答复",
    };

    public static string Of(BoardQuery.Light light) => light switch
    {
        BoardQuery.Light.Green => "正常",
        BoardQuery.Light.Yellow => "即将到期",
        BoardQuery.Light.Red => "已超期",
    };

    /// <summary>The CSS class of a light (.light-green …); the text label is always shown beside the colour.</summary>
    public static string Css(BoardQuery.Light? light) => light switch
    {
        BoardQuery.Light.Green => "light-green",
        BoardQuery.Light.Yellow => "light-yellow",
        BoardQuery.Light.Red => "light-red",
        null => "light-none",
    };

    /// <summary>Where a row leads: the sheet, the leader case, or the matter's supervision page.</summary>
    public static string Link(BoardRow row)
    {
        ArgumentNullException.ThrowIfNull(row);
        return row.Kind switch
        {
            BoardRow.ItemKind.Sheet => $"/Assignments/{row.ItemId}",
            BoardRow.ItemKind.LeaderCase => LeaderCases.LeaderCasesApi.Link(row.ItemId),
            BoardRow.ItemKind.MaterialsRequest or BoardRow.ItemKind.ReportRequest or BoardRow.ItemKind.MeetingTask => $"/Supervision/Matter/{row.MatterId}",
            BoardRow.ItemKind.MonthlyMeetingTask => $"/Meetings/{row.MatterId}",
        };
    }
}
