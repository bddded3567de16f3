namespace Zongzhi.Domain.Matters;

/// <summary>
/// One entry of a matter's timeline (事项办理记录): who did what, when. Every state change and every supervision
/// action is recorded (督查督办制度: the supervising body's actions are each on record).
/// </summary>
public sealed class MatterEvent
{
    private MatterEvent()
    {
        ActorUserId = "";
        Summary = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>When it happened (UTC).</summary>
    public DateTime At { get; private set; }

    /// <summary>The user who acted.</summary>
    public string ActorUserId { get; private set; }

    /// <summary>What kind of action it was.</summary>
    public MatterEventKind Kind { get; private set; }

    /// <summary>A one-line account in Chinese, e.g. 签收交办单 JB-2026-000045，办理期限 2026-03-11.</summary>
    public string Summary { get; private set; }

    /// <summary>The text that went with it (a reason, a note), if any.</summary>
    public string? Details { get; private set; }

    internal static MatterEvent Create(DateTime at, string actorUserId, MatterEventKind kind, string summary, string? details) => new()
    {
        At = at,
        ActorUserId = actorUserId,
        Kind = kind,
        Summary = summary,
        Details = details,
    };
}
