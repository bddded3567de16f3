using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Platform;
using Zongzhi.Platform.Privacy;

namespace Zongzhi.Features.SelfService;

/// <summary>
/// Rate limits of the public page, counted in the database so that every app node sees the same counts: failed
/// lookups per client and per matter number, and all requests per client. Keys are keyed hashes: neither the client
/// address nor the typed number is stored.
/// </summary>
public sealed class SelfServiceGate(ZongzhiDb db, TownClock clock, PersonalDataProtector protector, IOptions<SelfServiceOptions> options)
{
    public sealed record Keys(string Client, string Number);

    public Keys KeysFor(string? clientAddress, string? number) =>
        new(Hash("client:" + (clientAddress ?? "unknown")), Hash("number:" + PublicLookup.NormaliseNumber(number)));

    /// <summary>Whether this client, or this number, has used up its attempts.</summary>
    public async Task<bool> IsThrottledAsync(Keys keys, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.UtcNow();
        var clientSince = now - settings.ClientWindow;
        var client = db.SelfServiceAttempts.Where(a => a.ClientKey == keys.Client && a.At >= clientSince);
        if (await client.CountAsync(cancellationToken) >= settings.ClientRequests
            || await client.CountAsync(a => a.Outcome == SelfServiceOutcome.NotFound || a.Outcome == SelfServiceOutcome.Throttled, cancellationToken) >= settings.ClientFailures)
        {
            return true;
        }

        var matterSince = now - settings.MatterWindow;
        return await db.SelfServiceAttempts.CountAsync(
            a => a.NumberKey == keys.Number && a.At >= matterSince && a.Outcome == SelfServiceOutcome.NotFound, cancellationToken) >= settings.MatterFailures;
    }

    /// <summary>Adds the attempt to the unit of work (saved with the caller's changes) and prunes expired ones now and then.</summary>
    public async Task RecordAsync(Keys keys, SelfServiceAttemptKind kind, SelfServiceOutcome outcome, long? matterId, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow();
        db.SelfServiceAttempts.Add(new SelfServiceAttempt { At = now, Kind = kind, Outcome = outcome, ClientKey = keys.Client, NumberKey = keys.Number, MatterId = matterId });
        if (RandomNumberGenerator.GetInt32(100) == 0)
        {
            var before = now - options.Value.AttemptRetention;
            await db.SelfServiceAttempts.Where(a => a.At < before).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private string Hash(string value) =>
        Convert.ToHexStringLower(HMACSHA256.HashData(protector.Ring.SearchKey, Encoding.UTF8.GetBytes("selfservice:" + value)));
}
