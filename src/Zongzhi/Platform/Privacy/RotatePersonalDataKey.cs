using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Platform.Privacy;

/// <summary>
/// <c>zongzhi keys rotate</c>: adds a new current key to the key file, then re-encrypts every column marked with
/// <see cref="PersonalDataColumns.HasPersonalData"/> under it, in one transaction with its audit entry. Old keys stay
/// in the file, so a value not yet re-encrypted (or in an older backup) stays readable.
/// </summary>
public sealed class RotatePersonalDataKey(ZongzhiDb db, PersonalDataProtector protector, AuditTrail audit)
{
    public sealed record Outcome(string KeyId, int Reencrypted);

    public async Task<Outcome> RunAsync(CancellationToken cancellationToken = default)
    {
        var ring = protector.Rotate();
        var rows = 0;
        foreach (var entity in db.Model.GetEntityTypes().Where(e => !e.IsOwned() && !e.HasSharedClrType))
        {
            var columns = entity.GetProperties()
                .Where(p => p.FindAnnotation(PersonalDataColumns.KindAnnotation) is not null)
                .Select(p => p.Name).ToList();
            if (columns.Count == 0)
            {
                continue;
            }

            var set = (IQueryable<object>)typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
                .MakeGenericMethod(entity.ClrType).Invoke(db, null)!;
            foreach (var row in await set.ToListAsync(cancellationToken))
            {
                var entry = db.Entry(row);
                foreach (var column in columns.Where(c => entry.Property(c).CurrentValue is not null))
                {
                    entry.Property(column).IsModified = true;
                }

                rows++;
            }
        }

        audit.Record("PersonalDataKey", ring.CurrentKeyId, "keys.rotate", new { keyId = ring.CurrentKeyId, reencryptedRows = rows });
        await db.SaveChangesAsync(cancellationToken);
        return new Outcome(ring.CurrentKeyId, rows);
    }
}
