using System.Diagnostics.Metrics;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>
/// OpenTelemetry instruments of the outbox and inbox (meter <c>ChannelPlatform.Messaging</c>): the gauges read the
/// latest <see cref="OutboxStats"/> the relay sampled, so a scrape never queries the database.
/// </summary>
public sealed class OutboxMetrics : IDisposable
{
    public const string MeterName = "ChannelPlatform.Messaging";

    private readonly Meter _meter = new(MeterName);

    /// <summary>This service instance's meter (tests listen to it alone).</summary>
    public Meter Meter => _meter;
    private readonly Counter<long> _published;
    private readonly Counter<long> _failed;
    private readonly Counter<long> _duplicates;
    private OutboxStats _latest = OutboxStats.Empty;

    public OutboxMetrics()
    {
        _meter.CreateObservableGauge("outbox.pending", () => Volatile.Read(ref _latest).Pending, "{row}", "Outbox rows waiting to be published");
        _meter.CreateObservableGauge("outbox.dead", () => Volatile.Read(ref _latest).Dead, "{row}", "Dead outbox rows waiting to be re-armed");
        _meter.CreateObservableGauge(
            "outbox.oldest_pending_age", () => Volatile.Read(ref _latest).OldestPendingSeconds, "s", "Age of the oldest row waiting to be published");
        _published = _meter.CreateCounter<long>("outbox.published", "{message}", "Outbox rows published and confirmed");
        _failed = _meter.CreateCounter<long>("outbox.publish_failures", "{message}", "Failed publishes (kind: rejected or transient)");
        _duplicates = _meter.CreateCounter<long>("inbox.duplicates_skipped", "{message}", "Deliveries the inbox recognised as already applied");
    }

    public OutboxStats Latest => Volatile.Read(ref _latest);

    public void Sampled(OutboxStats stats) => Volatile.Write(ref _latest, stats);

    public void Published(int count) => _published.Add(count);

    public void Failed(bool rejected) => _failed.Add(1, new KeyValuePair<string, object?>("kind", rejected ? "rejected" : "transient"));

    public void DuplicateSkipped(string consumer) => _duplicates.Add(1, new KeyValuePair<string, object?>("consumer", consumer));

    public void Dispose() => _meter.Dispose();
}

/// <summary>What waits in the outbox: live rows, dead rows, and how long the oldest live one has waited.</summary>
public sealed record OutboxStats(long Pending, long Dead, double OldestPendingSeconds)
{
    public static OutboxStats Empty { get; } = new(0, 0, 0);
}
