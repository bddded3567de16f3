namespace Zongzhi.Domain.Calendar;

/// <summary>What a tracked deadline belongs to (时限对象).</summary>
public enum DeadlineSubject
{
    /// <summary>A round of an assignment sheet (交办单办理).</summary>
    AssignmentRound,

    /// <summary>A leader case (领导包案).</summary>
    LeaderCase,

    /// <summary>A leader's coordination request to a department (协调请求).</summary>
    CoordinationRequest,

    /// <summary>A call for materials (调阅).</summary>
    MaterialsRequest,

    /// <summary>A report request (要求汇报).</summary>
    ReportRequest,

    /// <summary>A task decided by a coordination or monthly meeting (会议任务).</summary>
    MeetingTask,

    /// <summary>Signing an assignment sheet (签收).</summary>
    Signing,
}
