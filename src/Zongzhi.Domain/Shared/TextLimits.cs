namespace Zongzhi.Domain.Shared;

/// <summary>
/// Maximum lengths of user-entered text (字段长度上限), counted in Unicode characters (code points), so a name in rare
/// characters outside the BMP counts as the user sees it. Over-length text is refused, never truncated (SPEC D4).
/// </summary>
public static class TextLimits
{
    /// <summary>A person's name (姓名).</summary>
    public const int PersonName = 50;

    /// <summary>A phone number (联系电话).</summary>
    public const int Phone = 20;

    /// <summary>An address (地址).</summary>
    public const int Address = 200;

    /// <summary>A matter's summary (事项摘要).</summary>
    public const int Summary = 200;

    /// <summary>A matter's description (事项描述) and other long texts: notes, results, minutes.</summary>
    public const int LongText = 10000;

    /// <summary>A reason or comment (理由、意见).</summary>
    public const int Reason = 2000;

    /// <summary>A short line: a unit's name, a place, one material in a list.</summary>
    public const int ShortText = 200;

    /// <summary>A document or archive number (文号、档案号), or a category code.</summary>
    public const int Code = 50;
}
