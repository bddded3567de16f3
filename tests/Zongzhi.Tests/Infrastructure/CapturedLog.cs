using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Zongzhi.Tests.Infrastructure;

/// <summary>
/// Every log line the app writes, formatted with its arguments and exception, as "category: message exception". Register it
/// with <c>services.AddSingleton&lt;ILoggerProvider&gt;(log)</c>; the configured levels still decide what is written, so
/// raise them (<see cref="EverythingAtInformation"/>) to see what a stricter configuration would log.
/// </summary>
public sealed class CapturedLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    /// <summary>Settings for <see cref="ZongzhiAppFactory.CreateAsync"/>: every category at Information (stricter than shipped).</summary>
    public static IReadOnlyDictionary<string, string> EverythingAtInformation { get; } = new Dictionary<string, string>
    {
        ["Logging:LogLevel:Default"] = "Information",
        ["Logging:LogLevel:Microsoft"] = "Information",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Information",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Information",
    };

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)} {exception}");
    }
}
