namespace Zongzhi.Domain.Shared;

/// <summary>
/// Checks on user-entered text (文本校验): required, within its maximum length in characters, and storable exactly as
/// entered (no control characters, no broken surrogate pairs), so what is stored is what was accepted (SPEC D4).
/// </summary>
public static class TextRules
{
    /// <summary>The length in Unicode characters (code points): a rare character outside the BMP counts once.</summary>
    public static int Length(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    /// <summary>Refuses a missing or blank value, then checks it as <see cref="Optional"/> does.</summary>
    /// <param name="field">The field's name (camelCase, as in the API).</param>
    /// <param name="value">The text.</param>
    /// <param name="label">The field's Chinese label, for the message.</param>
    /// <param name="maxLength">The maximum length in characters.</param>
    /// <param name="multiline">Whether line breaks and tabs are allowed.</param>
    public static ValidationError? Required(string field, string? value, string label, int maxLength, bool multiline = false) =>
        string.IsNullOrWhiteSpace(value)
            ? new ValidationError(field, $"请填写{label}")
            : Optional(field, value, label, maxLength, multiline);

    /// <summary>Accepts null; otherwise refuses text over <paramref name="maxLength"/> characters or with characters that cannot be stored.</summary>
    /// <param name="field">The field's name (camelCase, as in the API).</param>
    /// <param name="value">The text.</param>
    /// <param name="label">The field's Chinese label, for the message.</param>
    /// <param name="maxLength">The maximum length in characters.</param>
    /// <param name="multiline">Whether line breaks and tabs are allowed.</param>
    public static ValidationError? Optional(string field, string? value, string label, int maxLength, bool multiline = false)
    {
        if (value is null)
        {
            return null;
        }

        if (!IsStorable(value, multiline))
        {
            return new ValidationError(field, $"{label}含有无法保存的字符");
        }

        var length = Length(value);
        return length > maxLength
            ? new ValidationError(field, $"{label}不能超过 {maxLength} 个字（现为 {length} 个字）")
            : null;
    }

    private static bool IsStorable(string value, bool multiline)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 >= value.Length || !char.IsLowSurrogate(value[i + 1]))
                {
                    return false;
                }

                i++;
                continue;
            }

            if (char.IsLowSurrogate(c))
            {
                return false;
            }

            if (char.IsControl(c) && !(multiline && c is '\n' or '\r' or '\t'))
            {
                return false;
            }
        }

        return true;
    }
}
