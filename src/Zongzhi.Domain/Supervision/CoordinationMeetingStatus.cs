namespace Zongzhi.Domain.Supervision;

/// <summary>Where a coordination meeting (协调会) stands.</summary>
public enum CoordinationMeetingStatus
{
    /// <summary>已召集: convened, minutes not yet recorded.</summary>
    Convened,

    /// <summary>已召开: minutes and decisions recorded.</summary>
    Held,
}
