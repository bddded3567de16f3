namespace Zongzhi.Domain.Matters;

/// <summary>A party's side in a matter (当事人身份).</summary>
public enum PartyRole
{
    /// <summary>投诉人(申请人): the person who complains or applies.</summary>
    Complainant,

    /// <summary>被投诉人: the person, staff member or department complained about.</summary>
    Respondent,
}
