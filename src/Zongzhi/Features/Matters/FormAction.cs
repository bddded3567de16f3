using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
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

    /// <summary>What a creating form's post came to: <c>Outcome</c> is <c>null</c> when the form was already posted and
    /// handled; <c>Landing</c> is the page of the record the form created (the first post's, for a second post).</summary>
    public sealed record Creation(ActionOutcome? Outcome, string? Landing);

    /// <summary>The action's outcome, or <c>null</c> when this form was already posted and handled.</summary>
    public async Task<ActionOutcome?> RunOnceAsync(string operation, string? token, Func<Task<IResult>> action, CancellationToken cancellationToken) =>
        (await RunAsync(operation, token, action, null, cancellationToken)).Outcome;

    /// <summary>
    /// As <see cref="RunOnceAsync"/>, for a form that creates a record and leads to its page: the page
    /// (<paramref name="landingOf"/> of the action's answer) is kept with the token, so a second post of the same form
    /// leads to the same page. It is kept by a second small save after the record's own; if that save is lost (a crash
    /// between the two), a second post still creates nothing and <c>Landing</c> is <c>null</c>.
    /// </summary>
    public Task<Creation> CreateOnceAsync(string operation, string? token, Func<Task<IResult>> action, Func<IResult, string?> landingOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(landingOf);
        return RunAsync(operation, token, action, landingOf, cancellationToken);
    }

    private async Task<Creation> RunAsync(string operation, string? token, Func<Task<IResult>> action, Func<IResult, string?>? landingOf, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(action);
        var user = await current.RequireAsync(cancellationToken);
        var usable = token is { Length: > 0 and <= IdempotentRequests.MaxKeyLength };
        if (usable && await PostedAsync(user.Id, operation, token!, cancellationToken) is { } posted)
        {
            return new(null, posted.Location);
        }

        var remembered = usable ? idempotency.Remember(user.Id, operation, token!, operation, StatusCodes.Status303SeeOther, "", null) : null;
        IResult result;
        try
        {
            result = await action();
        }
        catch (DbUpdateException) when (usable)
        {
            // Two posts of one form at once, neither checked by a version: the loser's token collides with the winner's.
            db.ChangeTracker.Clear();
            if (await PostedAsync(user.Id, operation, token!, cancellationToken) is { } winner)
            {
                return new(null, winner.Location);
            }

            throw;
        }

        var outcome = ActionOutcome.From(result);
        if (outcome.Succeeded)
        {
            var landing = landingOf?.Invoke(result);
            if (remembered is not null && landing is not null)
            {
                remembered.Location = landing;
                await db.SaveChangesAsync(cancellationToken);
            }

            return new(outcome, landing);
        }

        db.ChangeTracker.Clear();
        // Two posts of one form at once: the loser collides with the winner's version or token.
        return outcome.IsStale && usable && await PostedAsync(user.Id, operation, token!, cancellationToken) is { } first
            ? new(null, first.Location) : new(outcome, null);
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

    private async Task<IdempotentRequests.Replay?> PostedAsync(string userId, string operation, string token, CancellationToken cancellationToken) =>
        (await idempotency.FindAsync(userId, operation, token, operation, cancellationToken)).Replay;
}
