namespace Zongzhi.Platform;

/// <summary>
/// The first result of a create request sent with an Idempotency-Key (D5): a retry with the same key replays it;
/// the same key with a different body is refused with 422. Saved in the same transaction as the record it created.
/// </summary>
public sealed class IdempotencyRecord
{
    public long Id { get; set; }

    public string UserId { get; set; } = "";

    public string Operation { get; set; } = "";

    public string Key { get; set; } = "";

    public string RequestHash { get; set; } = "";

    public int ResponseStatus { get; set; }

    public string ResponseBody { get; set; } = "";

    public string? Location { get; set; }

    public DateTime CreatedAt { get; set; }
}
