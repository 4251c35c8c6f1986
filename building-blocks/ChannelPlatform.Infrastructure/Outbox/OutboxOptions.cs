namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>Relay tuning (section <c>Outbox</c>). Defaults suit one small machine.</summary>
public sealed class OutboxOptions
{
    public int BatchSize { get; set; } = 100;

    /// <summary>Fallback poll when no NOTIFY arrives.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A publish that takes longer has failed (a broker restart can hang the client).</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Failures the broker or serializer answered (an unknown exchange, a body that cannot be read) before a
    /// row is dead. An unreachable, blocked or slow broker never counts: such a row waits however long it takes.
    /// </summary>
    public int MaxAttempts { get; set; } = 10;

    /// <summary>Backoff cap after a failure the broker or serializer answered.</summary>
    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Backoff cap while the broker is unreachable, blocked or slow: delivery resumes this soon after it is back.</summary>
    public TimeSpan MaxTransientBackoff { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Publishes that have failed on timeouts only, this long, while nothing got out: the bus is taken as hung and
    /// <c>/health/live</c> reports it, so an orchestrator restarts the process (the outbox keeps every row).
    /// </summary>
    public TimeSpan HungAfter { get; set; } = TimeSpan.FromMinutes(3);

    public TimeSpan DispatchedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Days, not minutes: a message re-driven from <c>_error</c> must still be recognised.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How often the pending/dead/oldest-age gauges are read from the table.</summary>
    public TimeSpan MetricsInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Off in tests that simulate a crash between commit and publish.</summary>
    public bool RelayEnabled { get; set; } = true;

    public TimeSpan BackoffFor(int attempts, bool transient)
    {
        var cap = transient ? MaxTransientBackoff : MaxBackoff;
        return TimeSpan.FromSeconds(Math.Min(cap.TotalSeconds, Math.Pow(2, Math.Clamp(attempts, 0, 20))));
    }
}
