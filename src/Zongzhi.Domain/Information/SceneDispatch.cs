namespace Zongzhi.Domain.Information;

/// <summary>
/// 派员赶赴现场: staff sent to the scene of a major or sudden event (信息收集通报制度（二）4) — who, sent when,
/// arrived when, and what they found.
/// </summary>
public sealed class SceneDispatch
{
    private SceneDispatch()
    {
        Staff = "";
        RecordedByUserId = "";
    }

    internal SceneDispatch(string staff, DateTime sentAt, string recordedByUserId)
    {
        Staff = staff;
        SentAt = sentAt;
        RecordedByUserId = recordedByUserId;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>Who was sent (staff names or units; officials, not parties).</summary>
    public string Staff { get; private set; }

    /// <summary>When they were sent (UTC).</summary>
    public DateTime SentAt { get; private set; }

    /// <summary>When they arrived at the scene (UTC).</summary>
    public DateTime? ArrivedAt { get; private set; }

    /// <summary>现场情况: what they found.</summary>
    public string? Findings { get; private set; }

    /// <summary>Who recorded the dispatch.</summary>
    public string RecordedByUserId { get; private set; }

    internal void Arrive(DateTime arrivedAt, string findings)
    {
        ArrivedAt = arrivedAt;
        Findings = findings;
    }
}
