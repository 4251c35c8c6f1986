using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>Reads the outbox's figures every <see cref="OutboxOptions.MetricsInterval"/> for the gauges of <see cref="OutboxMetrics"/>.</summary>
internal sealed class OutboxMetricsSampler(OutboxAdmin admin, OutboxMetrics metrics, IOptions<OutboxOptions> options, TimeProvider clock, ILogger<OutboxMetricsSampler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.MetricsInterval, clock);
        do
        {
            try
            {
                metrics.Sampled(await admin.StatsAsync(stoppingToken));
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogDebug(ex, "Outbox figures not read this time");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
