using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChannelPlatform.Testing;

/// <summary>Keeps what a test host logs, so a test can see that a background job failed, or what it reported.</summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public bool Contains(string fragment) => _lines.Any(l => l.Contains(fragment, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
                sink._lines.Enqueue($"{logLevel} {category}: {formatter(state, exception)}");
        }
    }
}
