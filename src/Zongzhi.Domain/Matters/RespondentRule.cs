using Zongzhi.Domain.Shared;

namespace Zongzhi.Domain.Matters;

/// <summary>
/// Nobody handles a complaint about themselves (回避): a department or staff member named as a respondent can never
/// handle, co-handle, help coordinate or lead the case of that matter. The regulation punishes retaliation against
/// complainants (责任追究的范围 2④); keeping the respondent away from the handling is the first protection.
/// </summary>
public static class RespondentRule
{
    /// <summary>Refuses <paramref name="departmentId"/> when a respondent is that department or one of its staff.</summary>
    /// <param name="parties">The matter's parties.</param>
    /// <param name="departmentId">The department that would handle.</param>
    /// <param name="field">The field named in the refusal.</param>
    public static ValidationError? CheckDepartment(IEnumerable<Party> parties, long departmentId, string field)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return parties.Any(p => p.IsRespondent && p.DepartmentId == departmentId)
            ? new ValidationError(field, "该部门是本事项的被投诉方，不能承办或参与办理投诉自己的事项")
            : null;
    }

    /// <summary>Refuses <paramref name="userId"/> when that user is named as a respondent.</summary>
    /// <param name="parties">The matter's parties.</param>
    /// <param name="userId">The user who would handle.</param>
    public static ForbiddenError? CheckUser(IEnumerable<Party> parties, string userId)
    {
        ArgumentNullException.ThrowIfNull(parties);
        return parties.Any(p => p.IsRespondent && p.LinkedUserId is not null && string.Equals(p.LinkedUserId, userId, StringComparison.Ordinal))
            ? new ForbiddenError("您是本事项的被投诉人，不能办理投诉自己的事项")
            : null;
    }
}
