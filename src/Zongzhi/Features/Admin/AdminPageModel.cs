using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;

namespace Zongzhi.Features.Admin;

/// <summary>Every administration page: administrators only.</summary>
[Authorize(Policy = Policies.Administrator)]
public abstract class AdminPageModel : PageModel
{
    public const string StaleMessage = "已被他人修改，请重新载入后再改。";

    /// <summary>Shows a refusal beside its field (<paramref name="prefix"/> + the field's name), or at the top.</summary>
    protected void AddError(DomainError error, string prefix = "Input.")
    {
        ArgumentNullException.ThrowIfNull(error);
        var key = error is ValidationError v ? prefix + char.ToUpperInvariant(v.Field[0]) + v.Field[1..] : "";
        ModelState.AddModelError(key, error is ConflictError c && c.Message.StartsWith("已被他人修改", StringComparison.Ordinal) ? StaleMessage : error.Message);
    }

    protected void Flash(string message) => TempData["Message"] = message;
}
