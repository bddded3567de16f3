using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Matters;

/// <summary>
/// A written notice (书面通报 / 书面告知) that goes with a transfer: the center's notice to the party/government office
/// for a matter handed to a unit outside the center (督查督办制度（二）), or the case leader's notice to the center
/// for a matter outside the town's authority (领导包案的职责第3条). One type for both. Owned value (no identity).
/// </summary>
public sealed class WrittenNotice
{
    private WrittenNotice()
    {
        AddressedTo = "";
        Text = "";
    }

    /// <summary>文号, if the notice has one.</summary>
    public string? DocumentNumber { get; private set; }

    /// <summary>收文单位: who the notice is addressed to, e.g. 镇党政办 or 综治中心.</summary>
    public string AddressedTo { get; private set; }

    /// <summary>The notice's text.</summary>
    public string Text { get; private set; }

    /// <summary>The day it was issued.</summary>
    public DateOnly IssuedOn { get; private set; }

    /// <summary>Checks and creates a notice; fields are named <c>writtenNotice.text</c> etc.</summary>
    /// <param name="documentNumber">文号, optional, at most 50 characters.</param>
    /// <param name="addressedTo">收文单位, at most 200 characters.</param>
    /// <param name="text">正文, at most 10000 characters.</param>
    /// <param name="issuedOn">The day it was issued; not after <paramref name="today"/>.</param>
    /// <param name="today">The town's date.</param>
    public static Result<WrittenNotice> Create(string? documentNumber, string addressedTo, string text, DateOnly issuedOn, DateOnly today)
    {
        var error = TextRules.Optional("writtenNotice.documentNumber", documentNumber, "文号", TextLimits.Code)
            ?? TextRules.Required("writtenNotice.addressedTo", addressedTo, "收文单位", TextLimits.ShortText)
            ?? TextRules.Required("writtenNotice.text", text, "书面通知正文", TextLimits.LongText, multiline: true)
            ?? (issuedOn > today ? new ValidationError("writtenNotice.issuedOn", "发文日期不能晚于今天") : null);
        if (error is not null)
        {
            return error;
        }

        return new WrittenNotice
        {
            DocumentNumber = string.IsNullOrEmpty(documentNumber) ? null : documentNumber,
            AddressedTo = addressedTo,
            Text = text,
            IssuedOn = issuedOn,
        };
    }
}
