namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>Relay tuning (section <c>Outbox</c>). Defaults suit one small machine.</summary>
public sealed class OutboxOptions
{
    public int BatchSize { get; set; } = 100;

    /// <summary>Fallback poll when no NOTIFY arrives.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>A publish that takes longer has failed (a broker restart can hang the client).</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>With the 5-minute backoff cap, 30 attempts ride out a broker outage of about two hours.</summary>
    public int MaxAttempts { get; set; } = 30;

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);

    public TimeSpan DispatchedRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Days, not minutes: a message re-driven from <c>_error</c> must still be recognised.</summary>
    public TimeSpan InboxRetention { get; set; } = TimeSpan.FromDays(14);

    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);

    public TimeSpan HousekeepingInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Off in tests that simulate a crash between commit and publish.</summary>
    public bool RelayEnabled { get; set; } = true;

    public TimeSpan BackoffFor(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, Math.Min(attempts, 20))));
}
