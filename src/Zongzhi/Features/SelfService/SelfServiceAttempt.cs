namespace Zongzhi.Features.SelfService;

/// <summary>
/// One public lookup or rating, kept for rate limiting and the record of use: no personal data — the client address
/// and the typed number are stored only as keyed hashes.
/// </summary>
public sealed class SelfServiceAttempt
{
    public long Id { get; set; }

    public DateTime At { get; set; }

    public SelfServiceAttemptKind Kind { get; set; }

    public SelfServiceOutcome Outcome { get; set; }

    /// <summary>HMAC of the client address.</summary>
    public string ClientKey { get; set; } = "";

    /// <summary>HMAC of the matter number as typed (normalised).</summary>
    public string NumberKey { get; set; } = "";

    /// <summary>The matter, when the number and code matched.</summary>
    public long? MatterId { get; set; }
}

public enum SelfServiceAttemptKind
{
    Lookup,
    Rating,
}

public enum SelfServiceOutcome
{
    Found,
    NotFound,
    Throttled,
    Rated,
    Refused,
}
