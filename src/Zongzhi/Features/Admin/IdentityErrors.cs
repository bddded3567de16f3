using Microsoft.AspNetCore.Identity;
using Zongzhi.Domain.Shared;

namespace Zongzhi.Features.Admin;

/// <summary>Turns Identity's refusals into the domain's field errors.</summary>
public static class IdentityErrors
{
    public static ValidationError ToValidation(IdentityResult result, string field)
    {
        ArgumentNullException.ThrowIfNull(result);
        var userNameError = result.Errors.Any(e => e.Code.Contains("UserName", StringComparison.Ordinal));
        return new ValidationError(userNameError ? "userName" : field, string.Join("；", result.Errors.Select(e => e.Description)));
    }
}
