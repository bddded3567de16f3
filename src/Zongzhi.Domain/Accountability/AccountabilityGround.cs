using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Accountability;

/// <summary>
/// One ground of accountability in the catalogue (责任追究情形). The thirteen of the regulation are seeded from
/// <see cref="AccountabilityGrounds.Regulation"/>; an administrator can add more (never remove, so records keep their ground).
/// </summary>
public sealed class AccountabilityGround
{
    private AccountabilityGround()
    {
        Code = "";
        Clause = "";
        Summary = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>A short stable code: <c>DH-1</c>…<c>DH-6</c>, <c>ST-1</c>…<c>ST-7</c> for the regulation's; free for added ones.</summary>
    public string Code { get; private set; }

    /// <summary>Department head or staff.</summary>
    public AccountabilitySubject Subject { get; private set; }

    /// <summary>The clause it comes from, e.g. <c>§四(一)2③</c>, or the document that added it.</summary>
    public string Clause { get; private set; }

    /// <summary>The ground's wording (verbatim from the regulation for the seeded ones).</summary>
    public string Summary { get; private set; }

    /// <summary>Whether it is one of the regulation's own grounds.</summary>
    public bool IsFromRegulation { get; private set; }

    /// <summary>Creates a catalogue entry after checking its texts.</summary>
    /// <param name="code">Short code, unique in the catalogue.</param>
    /// <param name="subject">Department head or staff.</param>
    /// <param name="clause">Where it comes from.</param>
    /// <param name="summary">Its wording.</param>
    /// <param name="isFromRegulation">True only for the seeded grounds.</param>
    public static Result<AccountabilityGround> Create(string? code, AccountabilitySubject subject, string? clause, string? summary, bool isFromRegulation = false)
    {
        var invalid = TextRules.Required("code", code, "编号", TextLimits.Code)
            ?? TextRules.Required("clause", clause, "依据条款", TextLimits.ShortText)
            ?? TextRules.Required("summary", summary, "情形", TextLimits.Reason);
        if (invalid is not null)
        {
            return invalid;
        }

        return new AccountabilityGround
        {
            Code = code!.Trim(),
            Subject = subject,
            Clause = clause!.Trim(),
            Summary = summary!.Trim(),
            IsFromRegulation = isFromRegulation,
        };
    }
}
