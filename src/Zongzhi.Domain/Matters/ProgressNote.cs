namespace Zongzhi.Domain.Matters;

/// <summary>
/// A progress note (办理进展) on an assignment round or a leader case; one type for both. Attachments hang off it in
/// the application.
/// </summary>
public sealed class ProgressNote
{
    private ProgressNote()
    {
        Text = "";
        WrittenByUserId = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>The note, at most 10000 characters.</summary>
    public string Text { get; private set; }

    /// <summary>When it was written (UTC).</summary>
    public DateTime WrittenAt { get; private set; }

    /// <summary>Who wrote it.</summary>
    public string WrittenByUserId { get; private set; }

    internal static ProgressNote Create(string text, string userId, DateTime now) => new()
    {
        Text = text,
        WrittenByUserId = userId,
        WrittenAt = now,
    };
}
