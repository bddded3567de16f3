namespace Zongzhi.Features.SelfService;

/// <summary>The current 查询码 of a matter, stored only as its PBKDF2 hash; regenerating it replaces the row's hash.</summary>
public sealed class MatterQueryCode
{
    public long MatterId { get; set; }

    public byte[] Salt { get; set; } = [];

    public byte[] Hash { get; set; } = [];

    /// <summary>1 for the first code, +1 per regeneration; a lookup token names the generation it was made for.</summary>
    public int Generation { get; set; }

    public DateTime IssuedAt { get; set; }

    public string IssuedByUserId { get; set; } = "";
}
