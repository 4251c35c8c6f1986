using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ChannelPlatform.Infrastructure.Outbox;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using Microsoft.Extensions.DependencyInjection;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// The outbox and inbox as an operator's dashboard sees them (OpenTelemetry meter ChannelPlatform.Messaging):
/// rows waiting, dead rows, the age of the oldest waiting row, and duplicates the inbox skipped.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class MessagingMetricsTests(MetricsFixture service) : IClassFixture<MetricsFixture>
{
    [Fact]
    public async Task The_gauges_show_pending_and_dead_rows_and_the_age_of_the_oldest_pending_one()
    {
        var hourAgo = DateTimeOffset.UtcNow.AddHours(-1);
        for (var i = 0; i < 3; i++)
        {
            var pending = ProspectEvent(Guid.NewGuid());
            await service.Outbox.InsertAsync(OutboxTable.Row(pending, pending.PartnerId, createdAt: hourAgo));
        }

        var dead = ProspectEvent(Guid.NewGuid());
        await service.Outbox.InsertAsync(OutboxTable.Row(dead, dead.PartnerId, attempts: 5, lastError: "refused", deadAt: hourAgo));

        using var listener = new InstrumentReader(service.App.Services.GetRequiredService<OutboxMetrics>().Meter);
        await Eventually.True(() => Task.FromResult(listener.Observe("outbox.pending") == 3), what: "3 pending rows reported");
        listener.Observe("outbox.dead").ShouldBe(1);
        listener.Observe("outbox.oldest_pending_age").ShouldBeInRange(3500, 4000);
    }

    [Fact]
    public async Task The_inbox_counts_the_duplicates_it_skips()
    {
        using var listener = new InstrumentReader(service.App.Services.GetRequiredService<OutboxMetrics>().Meter);
        var partnerId = await service.Manager().CreateProspectAsync();
        var booking = Booking(partnerId);

        await EventProducer.PublishAsync(service.Broker.Amqp, booking);
        await Eventually.True(() => service.ConsumedAsync(booking.EventId), what: "the booking applied");
        await EventProducer.PublishAsync(service.Broker.Amqp, booking);
        await EventProducer.PublishAsync(service.Broker.Amqp, booking);

        await Eventually.True(() => Task.FromResult(listener.Sum("inbox.duplicates_skipped") == 2), what: "two duplicates counted");
        listener.Tags("inbox.duplicates_skipped").ShouldContain("RevenueBookedConsumer");
    }

    /// <summary>Reads one meter's instruments: observable gauges on demand, counters as they are added to.</summary>
    private sealed class InstrumentReader : IDisposable
    {
        private readonly MeterListener _listener = new();
        private readonly ConcurrentDictionary<string, double> _latest = new();
        private readonly ConcurrentBag<(string Name, double Value, string? Consumer)> _added = [];

        public InstrumentReader(Meter meter)
        {
            _listener.InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter == meter)
                    l.EnableMeasurementEvents(instrument);
            };
            _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
            _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
            _listener.Start();
        }

        public double Observe(string name)
        {
            _listener.RecordObservableInstruments();
            return _latest.GetValueOrDefault(name, -1);
        }

        public double Sum(string name) => _added.Where(a => a.Name == name).Sum(a => a.Value);

        public IEnumerable<string?> Tags(string name) => _added.Where(a => a.Name == name).Select(a => a.Consumer);

        private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
        {
            if (instrument.GetType().Name.StartsWith("Observable", StringComparison.Ordinal))
            {
                _latest[instrument.Name] = value;
                return;
            }

            string? consumer = null;
            foreach (var tag in tags)
            {
                if (tag.Key == "consumer")
                    consumer = tag.Value as string;
            }

            _added.Add((instrument.Name, value, consumer));
        }

        public void Dispose() => _listener.Dispose();
    }
}

/// <summary>Relay off (rows stay where the test puts them), figures sampled every 200 ms.</summary>
public sealed class MetricsFixture : PartnerMessagingFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) { ["Outbox:RelayEnabled"] = "false", ["Outbox:MetricsInterval"] = "00:00:00.200" };
}
