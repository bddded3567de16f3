namespace Zongzhi.Platform;

/// <summary>A named counter (e.g. matter numbers of 2026) shared by every app node through the database.</summary>
public sealed class NumberSequence
{
    public string Name { get; set; } = "";

    public long Value { get; set; }
}
