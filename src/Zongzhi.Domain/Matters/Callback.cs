namespace Zongzhi.Domain.Matters;

/// <summary>
/// A callback to the party (回访): how they were reached and how satisfied they are, recorded after the result is
/// accepted; the aim is 让当事人满意 (领导包案的要求第2条). A matter keeps every callback.
/// </summary>
public sealed class Callback
{
    private Callback()
    {
        ByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>How the party was reached.</summary>
    public CallbackMethod Method { get; private set; }

    /// <summary>The party's satisfaction.</summary>
    public Satisfaction Satisfaction { get; private set; }

    /// <summary>What the party said, if noted.</summary>
    public string? Notes { get; private set; }

    /// <summary>The day of the callback.</summary>
    public DateOnly CalledBackOn { get; private set; }

    /// <summary>When it was recorded (UTC).</summary>
    public DateTime RecordedAt { get; private set; }

    /// <summary>Who called back.</summary>
    public string ByUserId { get; private set; }

    internal static Callback Create(CallbackMethod method, Satisfaction satisfaction, string? notes, string userId, DateTime now, DateOnly today) => new()
    {
        Method = method,
        Satisfaction = satisfaction,
        Notes = notes,
        ByUserId = userId,
        RecordedAt = now,
        CalledBackOn = today,
    };
}
