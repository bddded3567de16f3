using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Zongzhi.Data;

namespace Zongzhi.Platform;

/// <summary>
/// Idempotency-Key handling for create requests (D5): the first result is stored with the record it created, in
/// the same transaction; a retry with the same key replays it; the same key with another body is refused (422).
/// </summary>
public sealed class IdempotentRequests(ZongzhiDb db, TownClock clock)
{
    public const int MaxKeyLength = 100;

    public sealed record Replay(int Status, string Body, string? Location);

    public static string Hash(string body) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));

    /// <summary>The stored outcome for this key, if any; <c>Conflict</c> when the key was used with another body.</summary>
    public async Task<(Replay? Replay, bool Conflict)> FindAsync(string userId, string operation, string key, string requestHash, CancellationToken cancellationToken)
    {
        var record = await db.Set<IdempotencyRecord>().AsNoTracking()
            .FirstOrDefaultAsync(r => r.UserId == userId && r.Operation == operation && r.Key == key, cancellationToken);
        if (record is null)
        {
            return (null, false);
        }

        return record.RequestHash == requestHash ? (new Replay(record.ResponseStatus, record.ResponseBody, record.Location), false) : (null, true);
    }

    /// <summary>Adds the outcome to the unit of work of the record it created.</summary>
    public IdempotencyRecord Remember(string userId, string operation, string key, string requestHash, int status, string body, string? location) =>
        db.Set<IdempotencyRecord>().Add(new IdempotencyRecord
        {
            UserId = userId,
            Operation = operation,
            Key = key,
            RequestHash = requestHash,
            ResponseStatus = status,
            ResponseBody = body,
            Location = location,
            CreatedAt = clock.UtcNow(),
        }).Entity;

    public static IResult ReplayResult(Replay replay)
    {
        ArgumentNullException.ThrowIfNull(replay);
        return new ReplayedJson(replay);
    }

    public static IResult KeyReused() => TypedResults.Problem(
        "该 Idempotency-Key 已用于内容不同的请求，请使用新的键重新提交", statusCode: StatusCodes.Status422UnprocessableEntity, title: "重复的请求键");

    private sealed class ReplayedJson(Replay replay) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = replay.Status;
            httpContext.Response.ContentType = "application/json; charset=utf-8";
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (replay.Location is not null)
            {
                httpContext.Response.Headers.Location = replay.Location;
            }

            await httpContext.Response.WriteAsync(replay.Body, httpContext.RequestAborted);
        }
    }
}
