using Microsoft.AspNetCore.Mvc.ModelBinding;
using Zongzhi.Features.Matters;

namespace Zongzhi.Features.Supervision;

/// <summary>
/// Puts what an API-shaped use case answered onto a page: field errors beside their fields (<c>materialsWanted</c> →
/// <c>Form.MaterialsWanted</c>), other refusals at the top; a stale version is reported so the page shows a reload link.
/// </summary>
public static class PageOutcome
{
    public static ActionOutcome Apply(IResult result, ModelStateDictionary modelState, string prefix = "Form") =>
        Apply(ActionOutcome.From(result), modelState, prefix);

    /// <summary>Puts an outcome already read (e.g. by <see cref="FormAction"/>) onto the page.</summary>
    public static ActionOutcome Apply(ActionOutcome outcome, ModelStateDictionary modelState, string prefix = "Form")
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(modelState);
        if (outcome.Succeeded || outcome.IsNotFound)
        {
            return outcome;
        }

        if (outcome.FieldErrors.Count == 0)
        {
            modelState.AddModelError("", outcome.IsStale ? "已被他人修改，请刷新后重试" : outcome.Message ?? "操作未完成");
        }

        foreach (var (field, messages) in outcome.FieldErrors)
        {
            foreach (var message in messages)
            {
                modelState.AddModelError(FieldName(prefix, field), message);
            }
        }

        return outcome;
    }

    /// <summary><c>decisions[0].dueOn</c> → <c>Form.Decisions[0].DueOn</c>.</summary>
    public static string FieldName(string prefix, string field)
    {
        ArgumentNullException.ThrowIfNull(field);
        var parts = field.Split('.').Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]);
        return (prefix.Length == 0 ? "" : prefix + ".") + string.Join('.', parts);
    }
}
