namespace Zongzhi.Domain.Matters;

/// <summary>What happened, in a matter's timeline (事项办理记录的类型).</summary>
public enum MatterEventKind
{
    /// <summary>登记.</summary>
    Registered,

    /// <summary>受理.</summary>
    Accepted,

    /// <summary>不予受理.</summary>
    Declined,

    /// <summary>作为重复件合并到原事项.</summary>
    MergedAsDuplicate,

    /// <summary>收到本事项的重复件.</summary>
    DuplicateReceived,

    /// <summary>交由领导包案.</summary>
    HandedToLeader,

    /// <summary>交办(出具交办单).</summary>
    Assigned,

    /// <summary>签收交办单.</summary>
    SheetReceived,

    /// <summary>记录办理进展.</summary>
    ProgressNoted,

    /// <summary>提交办理结果.</summary>
    ResultSubmitted,

    /// <summary>办理结果审核通过.</summary>
    ResultAccepted,

    /// <summary>要求重新办理.</summary>
    RehandlingOrdered,

    /// <summary>申请延期.</summary>
    ExtensionRequested,

    /// <summary>批准延期.</summary>
    ExtensionApproved,

    /// <summary>不批准延期.</summary>
    ExtensionRejected,

    /// <summary>催办.</summary>
    ReminderSent,

    /// <summary>调阅材料.</summary>
    MaterialsRequested,

    /// <summary>提供调阅材料.</summary>
    MaterialsProvided,

    /// <summary>要求汇报.</summary>
    ReportRequested,

    /// <summary>汇报办理情况.</summary>
    ReportSubmitted,

    /// <summary>召集协调会.</summary>
    MeetingConvened,

    /// <summary>记录协调会纪要与议定事项.</summary>
    MeetingHeld,

    /// <summary>完成协调会议定事项.</summary>
    MeetingTaskCompleted,

    /// <summary>转交中心以外单位办理并书面通报镇党政办.</summary>
    TransferredOutsideCenter,

    /// <summary>非本镇职权范围，移交有关部门并书面告知中心.</summary>
    TransferredOutsideAuthority,

    /// <summary>中心对书面告知备案.</summary>
    TransferFiled,

    /// <summary>包案领导接案.</summary>
    LeaderCaseTaken,

    /// <summary>制定调处方案.</summary>
    HandlingPlanRecorded,

    /// <summary>请求部门协助调处.</summary>
    CoordinationRequested,

    /// <summary>部门答复协助请求.</summary>
    CoordinationAnswered,

    /// <summary>回访.</summary>
    CallbackRecorded,

    /// <summary>办结.</summary>
    Closed,

    /// <summary>包案材料移交中心.</summary>
    MaterialsHandedOver,

    /// <summary>归档.</summary>
    Archived,

    /// <summary>当事人评价不满意，复核后重新办理: a closed matter reopened.</summary>
    Reopened,
}
