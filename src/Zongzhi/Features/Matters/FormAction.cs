using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Zongzhi.Data;
using Zongzhi.Platform;

namespace Zongzhi.Features.Matters;

/// <summary>
/// Runs a page form's action once per one-time form token (D5): the token is stored with the change, in its
/// SaveChanges, so a second post of the same form — a double click, or a retry after a lost answer — is recognised
/// and lands on the page the first one led to, instead of being refused as a stale edit. A failed action saves nothing.
/// </summary>
public sealed class FormAction(ZongzhiDb db, IdempotentRequests idempotency, CurrentUser current)
{
    public static string NewToken() => Guid.NewGuid().ToString("N");

    /// <summary>The action's outcome, or <c>null</c> when this form was already posted and handled.</summary>
    public async Task<ActionOutcome?> RunOnceAsync(string operation, string? token, Func<Task<IResult>> action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var user = await current.RequireAsync(cancellationToken);
        var usable = token is { Length: > 0 and <= IdempotentRequests.MaxKeyLength };
        if (usable && await WasPostedAsync(user.Id, operation, token!, cancellationToken))
        {
            return null;
        }

        if (usable)
        {
            idempotency.Remember(user.Id, operation, token!, operation, StatusCodes.Status303SeeOther, "", null);
        }

        var outcome = ActionOutcome.From(await action());
        if (outcome.Succeeded)
        {
            return outcome;
        }

        db.ChangeTracker.Clear();
        // Two posts of one form at once: the loser collides with the winner's version or token.
        return outcome.IsStale && usable && await WasPostedAsync(user.Id, operation, token!, cancellationToken) ? null : outcome;
    }

    /// <summary>
    /// Puts each refusal beside its field: the API's field name (<c>whatWasDone</c>, <c>coHandlingDepartmentIds[0]</c>)
    /// becomes the form's key (<c>Form.WhatWasDone</c>) when the form has that field, else the message goes to the summary.
    /// </summary>
    public static void AddErrors(ModelStateDictionary modelState, ActionOutcome outcome, string prefix, IReadOnlyCollection<string> fields)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(fields);
        if (outcome.FieldErrors.Count == 0)
        {
            modelState.AddModelError("", outcome.IsStale ? "已被他人修改，请刷新后重试" : outcome.Message ?? "操作未完成");
            return;
        }

        foreach (var (field, messages) in outcome.FieldErrors)
        {
            var name = field.Split('[', '.')[0];
            var key = name.Length == 0 ? "" : char.ToUpper(name[0], CultureInfo.InvariantCulture) + name[1..];
            foreach (var message in messages)
            {
                modelState.AddModelError(fields.Contains(key) ? $"{prefix}.{key}" : "", message);
            }
        }
    }

    private async Task<bool> WasPostedAsync(string userId, string operation, string token, CancellationToken cancellationToken) =>
        (await idempotency.FindAsync(userId, operation, token, operation, cancellationToken)).Replay is not null;
}
