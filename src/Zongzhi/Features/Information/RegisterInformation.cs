using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Information;
using Zongzhi.Domain.Shared;
using Zongzhi.Features.Accounts;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Information;

/// <summary>
/// 登记信息: registers an information item with a number unique across nodes (XX-2026-000001). A village reporter
/// registers for their own village, an informant public-security information; anyone may register an emergency,
/// which is reported at once (<see cref="EmergencyReport"/>) in the same transaction.
/// </summary>
public sealed class RegisterInformation(ZongzhiDb db, NumberSequences numbers, AuditTrail audit, TownClock clock, EmergencyReport emergencies)
{
    public const string NumberPrefix = "XX";

    public static string FormatNumber(int year, long sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"{NumberPrefix}-{year:D4}-{sequence:D6}");

    public Task<Result<InformationItem>> RunAsync(CurrentUser.Snapshot user, RegisterInformationRequest request, CancellationToken cancellationToken = default) =>
        RunAsync(user, request, null, cancellationToken);

    /// <summary>Registers, running <paramref name="beforeCommit"/> inside the transaction (e.g. a page's attachment and idempotency record).</summary>
    public async Task<Result<InformationItem>> RunAsync(CurrentUser.Snapshot user, RegisterInformationRequest request, Func<InformationItem, Task>? beforeCommit,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(request);
        var now = clock.UtcNow();
        var errors = new List<ValidationError>();
        if (request.Source is null)
        {
            errors.Add(new ValidationError("source", "请选择信息来源"));
        }

        if (request.OccurredAt is null)
        {
            errors.Add(new ValidationError("occurredAt", "请填写发生时间"));
        }

        if (request.Severity is null)
        {
            errors.Add(new ValidationError("severity", "请选择严重程度"));
        }

        if (errors.Count > 0)
        {
            return new ValidationFailure(errors);
        }

        if (CheckRole(user, request) is { } refused)
        {
            return refused;
        }

        var draft = new InformationDraft(request.Source!.Value, request.IsSkipLevelPetition, request.VillageId, request.Category ?? "",
            request.OccurredAt!.Value.UtcDateTime, request.Place ?? "", request.Summary ?? "", request.Description ?? "",
            request.PeopleInvolved ?? 0, request.Severity!.Value);
        return await RegisterAsync(user.Id, draft, now, cancellationToken, beforeCommit);
    }

    /// <summary>Registers a checked draft (also used for screening findings turned into information).</summary>
    public async Task<Result<InformationItem>> RegisterAsync(string userId, InformationDraft draft, DateTime now, CancellationToken cancellationToken,
        Func<InformationItem, Task>? beforeCommit = null)
    {
        ArgumentNullException.ThrowIfNull(draft);
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
        var sequence = $"information-{year}";
        await numbers.EnsureAsync(sequence, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var registered = InformationItem.Register(FormatNumber(year, await numbers.NextAsync(sequence, cancellationToken)), draft, categories, userId, now);
        if (!registered.IsSuccess)
        {
            return registered;
        }

        var item = registered.Value!;
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken);
        audit.Record("InformationItem", item.Id, "information.register",
            new { item.Number, source = item.Source.ToString(), item.IsSkipLevelPetition, severity = item.Severity.ToString() });
        if (item.IsEmergency)
        {
            await emergencies.ReportAsync(item, now, cancellationToken);
        }

        if (beforeCommit is not null)
        {
            await beforeCommit(item);
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return item;
    }

    private static ForbiddenError? CheckRole(CurrentUser.Snapshot user, RegisterInformationRequest request)
    {
        if (user.IsIn(Roles.CenterDirector, Roles.ReceptionClerk))
        {
            return null;
        }

        if (request.Source == InformationSource.MajorIncident)
        {
            return user.IsIn(Roles.VillageReporter) && request.VillageId != user.VillageId
                ? new ForbiddenError("村(社区)信息员只能登记本村(社区)的信息")
                : null;
        }

        if (user.IsIn(Roles.VillageReporter) && request.Source == InformationSource.Village)
        {
            return request.VillageId == user.VillageId ? null : new ForbiddenError("村(社区)信息员只能登记本村(社区)的信息");
        }

        if (user.IsIn(Roles.Informant) && request.Source == InformationSource.Informant)
        {
            return null;
        }

        return new ForbiddenError("您的角色不能登记该来源的信息");
    }
}
