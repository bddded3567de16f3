namespace Zongzhi.Domain.Accountability;

/// <summary>A statement by the person concerned (当事人陈述、申辩) on a record about them.</summary>
public sealed class AccountabilityStatement
{
    private AccountabilityStatement()
    {
        UserId = "";
        Text = "";
    }

    internal AccountabilityStatement(string userId, string text, DateTime at)
    {
        UserId = userId;
        Text = text;
        At = at;
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>Who made it (always the record's subject).</summary>
    public string UserId { get; private set; }

    /// <summary>The statement.</summary>
    public string Text { get; private set; }

    /// <summary>When (UTC).</summary>
    public DateTime At { get; private set; }
}
