using ChannelPlatform.Infrastructure.Outbox;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// /health/live and a hung publisher: publishes that time out again and again while the bus says it is connected
/// (a client hung after a broker restart, a broker blocking publishers) make the process unhealthy after
/// Outbox:HungAfter, so an orchestrator restarts it; an unreachable broker is an outage, not a hang; one
/// confirmed publish makes it healthy again. (The fault suite shows it against RabbitMQ's memory alarm.)
/// </summary>
public sealed class RelayHealthTests
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);
    private readonly RelayHealth _health;

    public RelayHealthTests() => _health = new RelayHealth(Options.Create(new OutboxOptions { HungAfter = TimeSpan.FromMinutes(3) }), _clock);

    [Fact]
    public async Task Publishes_timing_out_on_a_connected_bus_for_longer_than_hung_after_make_the_process_unhealthy()
    {
        _health.TimedOut(connected: true);
        _clock.Advance(TimeSpan.FromMinutes(2));
        _health.TimedOut(connected: true);
        (await StatusAsync()).ShouldBe(HealthStatus.Healthy, "two minutes of timeouts: not yet");

        _clock.Advance(TimeSpan.FromMinutes(1.5));
        _health.TimedOut(connected: true);

        (await StatusAsync()).ShouldBe(HealthStatus.Unhealthy);
    }

    [Fact]
    public async Task A_confirmed_publish_makes_it_healthy_again()
    {
        _health.TimedOut(connected: true);
        _clock.Advance(TimeSpan.FromMinutes(4));
        (await StatusAsync()).ShouldBe(HealthStatus.Unhealthy);

        _health.Published();

        (await StatusAsync()).ShouldBe(HealthStatus.Healthy);
    }

    [Fact]
    public async Task An_unreachable_broker_is_an_outage_to_ride_out_not_a_hang()
    {
        _health.TimedOut(connected: true);
        _clock.Advance(TimeSpan.FromMinutes(2));
        _health.TimedOut(connected: false);
        _clock.Advance(TimeSpan.FromMinutes(10));
        _health.TimedOut(connected: false);

        (await StatusAsync()).ShouldBe(HealthStatus.Healthy);
    }

    private async Task<HealthStatus> StatusAsync() => (await _health.CheckHealthAsync(new HealthCheckContext())).Status;
}
