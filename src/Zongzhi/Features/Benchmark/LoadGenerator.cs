using System.Diagnostics;

namespace Zongzhi.Features.Benchmark;

/// <summary>
/// Runs one operation from <c>clients</c> concurrent workers, bounded in time and in count, after a short unmeasured
/// warm-up; reports throughput and latency percentiles of the successful operations.
/// </summary>
public static class LoadGenerator
{
    public sealed record Outcome(int Clients, long Completed, long Failed, double Seconds, double PerSecond, double P50Ms, double P99Ms);

    // operation: does one operation for worker w; returns false when it failed (counted, not timed).
    public static async Task<Outcome> RunAsync(int clients, TimeSpan duration, long maxOperations, Func<int, CancellationToken, Task<bool>> operation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(operation);
        // Warm-up: connections, JIT and its tier-up of the hot paths (after 30 calls, in the background), caches;
        // at least 3 operations per worker and up to 2 s (a fifth of the step), not measured.
        var warmUp = TimeSpan.FromTicks(Math.Min(TimeSpan.FromSeconds(2).Ticks, duration.Ticks / 5));
        var warming = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async w =>
        {
            for (var i = 0; i < 3 || (warming.Elapsed < warmUp && i < maxOperations / clients); i++)
            {
                await operation(w, cancellationToken);
            }
        }));

        long issued = 0;
        long failed = 0;
        var latencies = new List<double>[clients];
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(w => Task.Run(async () =>
        {
            var mine = latencies[w] = new List<double>(1024);
            while (clock.Elapsed < duration && Interlocked.Increment(ref issued) <= maxOperations && !cancellationToken.IsCancellationRequested)
            {
                var started = Stopwatch.GetTimestamp();
                bool ok;
                try
                {
                    ok = await operation(w, cancellationToken);
                }
                catch (Exception exception) when (exception is HttpRequestException or System.Data.Common.DbException or TaskCanceledException or IOException)
                {
                    ok = false;
                }

                if (ok)
                {
                    mine.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }, cancellationToken)));
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new Outcome(clients, all.Length, failed, seconds, all.Length / seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    public static double Percentile(double[] sorted, double p)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        return sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
    }

    /// <summary>The median of <paramref name="runs"/> sequential timings of <paramref name="work"/> (after one warm-up), in ms.</summary>
    public static async Task<double> MedianMsAsync(int runs, Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        await work();
        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await work();
            times[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }
}
