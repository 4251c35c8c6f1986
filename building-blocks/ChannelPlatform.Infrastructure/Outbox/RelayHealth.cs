using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>
/// Liveness of the publishing side. A broker that refuses connections is an outage the relay rides out; a bus
/// whose publishes time out again and again while nothing gets out (the client hung after a broker restart, or a
/// broker that blocks publishers for good) is reported here, so <c>/health/live</c> fails and an orchestrator
/// restarts the process. The outbox keeps every row meanwhile.
/// </summary>
public sealed class RelayHealth(IOptions<OutboxOptions> options, TimeProvider clock) : IHealthCheck
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _timingOutSince;

    public void Published()
    {
        lock (_gate)
            _timingOutSince = null;
    }

    /// <summary>A batch timed out; only a bus that says it is connected can be hung (else it is an outage).</summary>
    public void TimedOut(bool connected)
    {
        lock (_gate)
            _timingOutSince = connected ? _timingOutSince ?? clock.GetUtcNow() : null;
    }

    public TimeSpan? TimingOutFor
    {
        get
        {
            lock (_gate)
                return _timingOutSince is { } since ? clock.GetUtcNow() - since : null;
        }
    }

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(TimingOutFor is { } hung && hung > options.Value.HungAfter
            ? HealthCheckResult.Unhealthy($"Outbox publishes have timed out for {hung.TotalSeconds:0} s with nothing confirmed")
            : HealthCheckResult.Healthy("Outbox relay publishing"));
}
