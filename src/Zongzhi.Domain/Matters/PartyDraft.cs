using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Matters;

/// <summary>A party (当事人) as entered at registration, before it is checked.</summary>
/// <param name="Role">Complainant or respondent.</param>
/// <param name="Name">姓名 or, for a department complained about, its name; at most 50 characters.</param>
/// <param name="Phone">联系电话: a mobile or landline number; at most 20 characters.</param>
/// <param name="IdNumber">公民身份号码, optional, checked by the GB 11643 check character.</param>
/// <param name="Address">住址, at most 200 characters.</param>
/// <param name="LinkedUserId">The user id when the party is a staff member (for the respondent rule).</param>
/// <param name="DepartmentId">The department when the party is a department or one of its staff (for the respondent rule).</param>
public sealed record PartyDraft(
    PartyRole Role,
    string Name,
    string? Phone = null,
    string? IdNumber = null,
    string? Address = null,
    string? LinkedUserId = null,
    long? DepartmentId = null)
{
    /// <summary>
    /// The field errors of this party, named <c>{prefix}.name</c> etc. A complainant needs a phone or an address, so
    /// the center can reply and call back (回访).
    /// </summary>
    /// <param name="prefix">The field prefix, e.g. <c>parties[0]</c>.</param>
    public IReadOnlyList<ValidationError> Validate(string prefix)
    {
        var errors = new List<ValidationError>();
        if (!Enum.IsDefined(Role))
        {
            errors.Add(new ValidationError($"{prefix}.role", "当事人身份无效"));
        }

        Add(errors, TextRules.Required($"{prefix}.name", Name, "当事人姓名", TextLimits.PersonName));
        Add(errors, TextRules.Optional($"{prefix}.address", Address, "地址", TextLimits.Address));
        if (!string.IsNullOrEmpty(Phone))
        {
            Add(errors, TextRules.Optional($"{prefix}.phone", Phone, "联系电话", TextLimits.Phone)
                ?? (PhoneNumber.IsValid(Phone) ? null : new ValidationError($"{prefix}.phone", "联系电话格式不正确（手机号或固定电话）")));
        }
        else if (Role == PartyRole.Complainant && string.IsNullOrWhiteSpace(Address))
        {
            errors.Add(new ValidationError($"{prefix}.phone", "请填写投诉人的联系电话或地址，以便答复和回访"));
        }

        if (!string.IsNullOrEmpty(IdNumber))
        {
            Add(errors, IdCardNumber.Validate($"{prefix}.idNumber", IdNumber));
        }

        if (LinkedUserId is not null && string.IsNullOrWhiteSpace(LinkedUserId))
        {
            errors.Add(new ValidationError($"{prefix}.linkedUserId", "关联用户无效"));
        }

        if (DepartmentId is <= 0)
        {
            errors.Add(new ValidationError($"{prefix}.departmentId", "关联部门无效"));
        }

        return errors;
    }

    private static void Add(List<ValidationError> errors, ValidationError? error)
    {
        if (error is not null)
        {
            errors.Add(error);
        }
    }
}
