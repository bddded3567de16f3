namespace Zongzhi.Domain.Matters;

/// <summary>
/// A party to a matter (当事人): a complainant or applicant, or the person, staff member or department complained
/// about. The regulation protects complainants from retaliation (责任追究的范围 2④), so phone and ID number are
/// personal data: encrypted at rest and masked on screen by the application.
/// </summary>
public sealed class Party
{
    private Party()
    {
        Name = "";
    }

    /// <summary>Identifier (assigned by the store).</summary>
    public long Id { get; private set; }

    /// <summary>Complainant or respondent.</summary>
    public PartyRole Role { get; private set; }

    /// <summary>姓名 (or a department's name).</summary>
    public string Name { get; private set; }

    /// <summary>联系电话, as entered.</summary>
    public string? Phone { get; private set; }

    /// <summary>公民身份号码, valid by its check character when present.</summary>
    public string? IdNumber { get; private set; }

    /// <summary>住址.</summary>
    public string? Address { get; private set; }

    /// <summary>The user id when the party is a staff member.</summary>
    public string? LinkedUserId { get; private set; }

    /// <summary>The department when the party is a department or one of its staff.</summary>
    public long? DepartmentId { get; private set; }

    /// <summary>Whether this party is complained about.</summary>
    public bool IsRespondent => Role == PartyRole.Respondent;

    internal static Party From(PartyDraft draft) => new()
    {
        Role = draft.Role,
        Name = draft.Name,
        Phone = string.IsNullOrEmpty(draft.Phone) ? null : draft.Phone,
        IdNumber = string.IsNullOrEmpty(draft.IdNumber) ? null : draft.IdNumber,
        Address = string.IsNullOrEmpty(draft.Address) ? null : draft.Address,
        LinkedUserId = draft.LinkedUserId,
        DepartmentId = draft.DepartmentId,
    };
}
