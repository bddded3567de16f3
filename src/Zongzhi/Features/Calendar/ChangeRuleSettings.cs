using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;
using Zongzhi.Domain.Shared;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.Calendar;

/// <summary>Changes the deadline rule settings if <c>version</c> is current (D3), audited in the same save; returns the new version.</summary>
public sealed class ChangeRuleSettings(ZongzhiDb db, AuditTrail audit, TownClock clock)
{
    public async Task<Result<int>> RunAsync(DeadlineRules rules, int version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Validate() is { Count: > 0 } invalid)
        {
            return new ValidationError(char.ToLowerInvariant(invalid[0][0]) + invalid[0][1..], "取值超出允许范围");
        }

        var record = await db.RuleSettings.FirstOrDefaultAsync(r => r.Id == RuleSettingsRecord.SingletonId, cancellationToken);
        var before = record?.ToRules() ?? DeadlineRules.Default;
        if (record is null)
        {
            if (version != 0)
            {
                return new ConflictError("已被他人修改，请刷新后重试");
            }

            record = new RuleSettingsRecord();
            db.RuleSettings.Add(record);
        }
        else
        {
            db.Entry(record).Property<int>(ZongzhiDb.VersionProperty).OriginalValue = version;
        }

        record.GeneralDays = rules.GeneralDays;
        record.ComplexDays = rules.ComplexDays;
        record.EspeciallyComplexDays = rules.EspeciallyComplexDays;
        record.LeaderCaseMonths = rules.LeaderCaseMonths;
        record.DueSoonWorkingDays = rules.DueSoonWorkingDays;
        record.UnsignedChaseWorkingDays = rules.UnsignedChaseWorkingDays;
        record.UpdatedAt = clock.UtcNow();
        record.UpdatedByUserId = audit.Actor.UserId;
        audit.Record("RuleSettings", RuleSettingsRecord.SingletonId, "settings.rules.update", new { before, after = rules });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent save won (stale version), or two first saves raced on the one row.
            return new ConflictError("已被他人修改，请刷新后重试");
        }

        return db.Entry(record).Property<int>(ZongzhiDb.VersionProperty).CurrentValue;
    }
}
