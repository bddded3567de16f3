using System.Globalization;

namespace Zongzhi.Platform.Audit;

/// <summary>
/// <c>Zongzhi:Audit:RetentionDays</c> (default and minimum 180: 等保2.0 requires at least six months; a smaller
/// value stops the start) and <c>Zongzhi:Audit:AppRole</c> (PostgreSQL: the non-owner role the app runs as, which
/// loses UPDATE/DELETE on the audit table).
/// </summary>
public sealed record AuditOptions(int RetentionDays, string? AppRole)
{
    public const int MinimumRetentionDays = 180;

    public static AuditOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var text = configuration["Zongzhi:Audit:RetentionDays"];
        var days = MinimumRetentionDays;
        if (!string.IsNullOrWhiteSpace(text)
            && !int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out days))
        {
            throw new InvalidOperationException($"Zongzhi:Audit:RetentionDays must be a whole number of days, not '{text}'.");
        }

        if (days < MinimumRetentionDays)
        {
            throw new InvalidOperationException(
                $"Zongzhi:Audit:RetentionDays is {days}; audit entries are kept at least {MinimumRetentionDays} days (审计记录至少保存 180 天).");
        }

        return new AuditOptions(days, configuration["Zongzhi:Audit:AppRole"]);
    }
}
