using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Zongzhi.Data;
using Zongzhi.Domain.SelfService;
using Zongzhi.Platform;
using Zongzhi.Platform.Audit;

namespace Zongzhi.Features.SelfService;

/// <summary>
/// 一案一码查询: number + query code → the public view of the matter. A wrong code, an unknown number and a malformed
/// code all get the same answer after the same work (a hash is computed either way); attempts are counted per client
/// and per number (429 beyond the limits). A success gives a short-lived token with which the page may rate the matter.
/// </summary>
public sealed class PublicLookup(
    ZongzhiDb db, TownClock clock, AuditTrail audit, SelfServiceGate gate, PublicMatterStatus status,
    IDataProtectionProvider protection, IOptions<SelfServiceOptions> options)
{
    private static readonly byte[] DummySalt = QueryCodeHash.NewSalt();

    public abstract record Outcome;

    public sealed record Found(long MatterId, PublicMatterView View, string Token) : Outcome;

    public sealed record NotFound : Outcome;

    public sealed record Throttled : Outcome;

    /// <summary>The matter a lookup token stands for, while it is valid and its code has not been regenerated.</summary>
    public sealed record Ticket(long MatterId, int Generation);

    public async Task<Outcome> RunAsync(string number, string code, string? clientAddress, CancellationToken cancellationToken)
    {
        audit.ActAs(PublicActor);
        var keys = gate.KeysFor(clientAddress, number);
        if (await gate.IsThrottledAsync(keys, cancellationToken))
        {
            await gate.RecordAsync(keys, SelfServiceAttemptKind.Lookup, SelfServiceOutcome.Throttled, null, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Throttled();
        }

        var match = await MatchAsync(number, code, cancellationToken);
        PublicMatterView? view = match is null ? null : await status.LoadAsync(match.MatterId, cancellationToken);
        await gate.RecordAsync(keys, SelfServiceAttemptKind.Lookup, view is null ? SelfServiceOutcome.NotFound : SelfServiceOutcome.Found, match?.MatterId, cancellationToken);
        audit.Record("Matter", view is null ? null : match!.MatterId, "selfservice.lookup", new { found = view is not null });
        await db.SaveChangesAsync(cancellationToken);
        return view is null ? new NotFound() : new Found(match!.MatterId, view, Protect(match));
    }

    /// <summary>The ticket inside a token from <see cref="Found"/>, or null when it is forged, expired or its code was regenerated.</summary>
    public async Task<Ticket?> ReadTokenAsync(string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }

        string plain;
        try
        {
            plain = Protector.Unprotect(token);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }

        var parts = plain.Split('|');
        if (parts.Length != 3 || !long.TryParse(parts[0], out var matterId) || !int.TryParse(parts[1], out var generation)
            || !long.TryParse(parts[2], out var ticks) || clock.UtcNow() - new DateTime(ticks, DateTimeKind.Utc) > options.Value.TokenLifetime)
        {
            return null;
        }

        var current = await db.MatterQueryCodes.Where(c => c.MatterId == matterId).Select(c => (int?)c.Generation).FirstOrDefaultAsync(cancellationToken);
        return current == generation ? new Ticket(matterId, generation) : null;
    }

    /// <summary>The matter whose current code this is, or null; hashes once even when the number is unknown.</summary>
    public async Task<Ticket?> MatchAsync(string number, string code, CancellationToken cancellationToken)
    {
        var normalisedNumber = NormaliseNumber(number);
        var row = normalisedNumber.Length is > 0 and <= 32
            ? await db.MatterQueryCodes.Where(c => db.Matters.Any(m => m.Id == c.MatterId && m.Number == normalisedNumber))
                .Select(c => new { c.MatterId, c.Salt, c.Hash, c.Generation }).FirstOrDefaultAsync(cancellationToken)
            : null;
        var normalisedCode = QueryCode.Normalise(code);

        // Hash even for an unknown number or a malformed code, so that the answer takes as long either way.
        var matches = QueryCodeHash.Matches(normalisedCode ?? new string('2', QueryCode.Length), row?.Salt ?? DummySalt, row?.Hash ?? new byte[32]);
        return matches && row is not null && normalisedCode is not null ? new Ticket(row.MatterId, row.Generation) : null;
    }

    /// <summary>A matter number as typed, as stored: trimmed, upper case (zz-2026-000123 → ZZ-2026-000123).</summary>
    public static string NormaliseNumber(string? number) => (number ?? "").Trim().ToUpperInvariant();

    /// <summary>The audit actor of the public page: no user, and no client address (the citizen's address is personal data).</summary>
    public static Actor PublicActor { get; } = new(null, "public", [], null);

    private IDataProtector Protector => protection.CreateProtector("Zongzhi.SelfService.LookupToken");

    private string Protect(Ticket ticket) =>
        Protector.Protect(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{ticket.MatterId}|{ticket.Generation}|{clock.UtcNow().Ticks}"));
}
