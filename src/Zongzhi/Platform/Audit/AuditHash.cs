using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Zongzhi.Platform.Audit;

/// <summary>
/// The canonical form of an audit entry and its SHA-256. Each field is written as <c>length:value;</c> (null as
/// <c>~;</c>), so no two different entries share a form; the instant is cut to whole microseconds, the precision
/// both databases keep, so the hash of what was written equals the hash of what is read back.
/// </summary>
public static class AuditHash
{
    public static readonly string Genesis = new('0', 64);

    public static DateTime Normalise(DateTime at)
    {
        var utc = at.Kind == DateTimeKind.Utc ? at : DateTime.SpecifyKind(at.ToUniversalTime(), DateTimeKind.Utc);
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    public static string Compute(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var text = new StringBuilder(256);
        Append(text, "v1");
        Append(text, entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Append(text, Normalise(entry.At).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
        Append(text, entry.UserId);
        Append(text, entry.UserName);
        Append(text, entry.Roles);
        Append(text, entry.ClientAddress);
        Append(text, entry.EntityType);
        Append(text, entry.EntityId);
        Append(text, entry.Action);
        Append(text, entry.Details);
        Append(text, entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    private static void Append(StringBuilder text, string? value)
    {
        if (value is null)
        {
            text.Append("~;");
            return;
        }

        text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append(';');
    }
}
