namespace Zongzhi.Features.Notifications;

/// <summary>What a notification is about.</summary>
public enum NotificationKind
{
    /// <summary>交办: a sheet was issued to the department.</summary>
    Assigned,

    /// <summary>签收催办: the sheet is still unsigned.</summary>
    SigningOverdue,

    /// <summary>临期: due soon.</summary>
    DueSoon,

    /// <summary>超期: overdue.</summary>
    Overdue,

    /// <summary>催办 by the supervising body.</summary>
    Reminder,

    /// <summary>调阅: materials called up.</summary>
    MaterialsRequested,

    /// <summary>要求汇报.</summary>
    ReportRequested,

    /// <summary>协调会 convened.</summary>
    MeetingConvened,

    /// <summary>A decision awaits this user (result review, extension decision, …).</summary>
    DecisionNeeded,

    /// <summary>A decision was made on this user's request (extension approved or rejected, re-handling ordered).</summary>
    DecisionMade,

    /// <summary>领导包案: a case was given to this leader.</summary>
    LeaderCaseAssigned,

    /// <summary>Anything else worth knowing.</summary>
    Information,
}
