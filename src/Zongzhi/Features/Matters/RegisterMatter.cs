using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Matters;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Features.Notifications;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Matters;

/// <summary>
/// 登记: registers a matter from any channel with a number unique across nodes (ZZ-2026-000123), its audit entry
/// and the directors' "to triage" notification in one transaction.
/// </summary>
public sealed class RegisterMatter(ZongzhiDb db, NumberSequences numbers, AuditTrail audit, TownClock clock, Notifier notifier)
{
    public async Task<Result<Matter>> RunAsync(CurrentUser.Snapshot user, RegisterMatterRequest request, Func<Matter, Task>? beforeCommit = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.UtcNow();
        var shapeErrors = CheckShape(request);
        if (shapeErrors.Count > 0)
        {
            return new ValidationFailure(shapeErrors);
        }

        var draft = ToDraft(request);
        var categories = await db.DisputeCategories.Where(c => c.IsActive).Select(c => c.Code).ToListAsync(cancellationToken);
        var errors = draft.Validate(categories, now).ToList();
        if (draft.VillageId is { } villageId && !await db.Villages.AnyAsync(v => v.Id == villageId && v.IsActive, cancellationToken))
        {
            errors.Add(new ValidationError("villageId", "村(社区)不存在"));
        }

        if (errors.Count > 0)
        {
            return new ValidationFailure(errors);
        }

        var year = clock.DateOf(now).Year;
        await numbers.EnsureAsync($"matter-{year}", cancellationToken);
        // Read before the write transaction begins, so it holds the write lock (SQLite) only for the writes (issue 8).
        var directors = await notifier.UsersInRoleAsync(Roles.CenterDirector, cancellationToken: cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = MatterNumber.Format(year, await numbers.NextAsync($"matter-{year}", cancellationToken));
        var registered = Matter.Register(number, draft, categories, user.Id, now);
        if (!registered.IsSuccess)
        {
            return registered;
        }

        var matter = registered.Value!;
        db.Matters.Add(matter);
        await db.SaveChangesAsync(cancellationToken);
        // Every party of the new matter is in memory: the notifier's respondent rule needs no read (issue 8).
        db.Entry(matter).Collection(m => m.Parties).IsLoaded = true;
        audit.Record("Matter", matter.Id, "matter.register", new { matter.Number, channel = matter.Channel.ToString(), parties = matter.Parties.Count });
        // Through the notifier, so the respondent rule applies to the triage notice too.
        await notifier.SendAsync(directors, new Notifier.Message(NotificationKind.DecisionNeeded, $"新登记事项待受理：{matter.Number}", matter.Summary,
            $"/Matters/Details/{matter.Id}", matter.Id, $"matter:{matter.Id}:registered"), cancellationToken);
        if (beforeCommit is not null)
        {
            await beforeCommit(matter);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return matter;
    }

    private static List<ValidationError> CheckShape(RegisterMatterRequest request)
    {
        var errors = new List<ValidationError>();
        if (request.Channel is null)
        {
            errors.Add(new ValidationError("channel", "请选择来源渠道（来访、来信、来电、调解申请）"));
        }

        if (request.ReceivedAt is null)
        {
            errors.Add(new ValidationError("receivedAt", "请填写接收时间"));
        }

        for (var i = 0; i < (request.Parties?.Count ?? 0); i++)
        {
            if (request.Parties![i] is null || request.Parties[i].Role is null)
            {
                errors.Add(new ValidationError($"parties[{i}].role", "请选择当事人身份（投诉人/申请人或被投诉人）"));
            }
        }

        return errors;
    }

    private static MatterDraft ToDraft(RegisterMatterRequest request) => new(
        request.Channel!.Value,
        request.ReceivedAt!.Value.UtcDateTime,
        (request.Parties ?? []).Select(p => new PartyDraft(p.Role!.Value, p.Name ?? "", Blank(p.Phone), Blank(p.IdNumber), Blank(p.Address), Blank(p.LinkedUserId), p.DepartmentId)).ToList(),
        request.VillageId,
        request.Category ?? "",
        request.Summary ?? "",
        request.Description ?? "",
        request.IsMajor,
        request.IsGroup,
        request.IsSkipLevelPetition,
        request.IsEmergency,
        request.SourceInformationItemId);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
