using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Domain.Calendar;

namespace Zongzhi.Features.Calendar;

/// <summary>Reads the installation's deadline rule settings; the regulation's defaults until an administrator changes them.</summary>
public sealed class RuleSettingsSource(ZongzhiDb db)
{
    public async Task<DeadlineRules> GetAsync(CancellationToken cancellationToken = default)
    {
        var record = await db.RuleSettings.AsNoTracking().FirstOrDefaultAsync(r => r.Id == RuleSettingsRecord.SingletonId, cancellationToken);
        return record?.ToRules() ?? DeadlineRules.Default;
    }
}
