using DealRegistration.Application.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealRegistration.Infrastructure.Jobs;

/// <summary>Section <c>Sweep</c>: how often the time-driven rules run.</summary>
public sealed class SweepOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled { get; set; } = true;
}

/// <summary>Runs the SLA, protection-expiry and lead-expiry sweep on the injected clock; safe with several replicas.</summary>
internal sealed class SweepWorker(IServiceScopeFactory scopes, IOptions<SweepOptions> options, TimeProvider clock, ILogger<SweepWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
            return;
        using var timer = new PeriodicTimer(options.Value.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new RunSweepCommand(), stoppingToken);
                if (result.Total > 0)
                    logger.LogInformation("Sweep: {AtRisk} at risk, {Breached} breached, {Expired} deals expired, {Leads} leads expired", result.AtRisk, result.Breached, result.DealsExpired, result.LeadsExpired);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Sweep failed; next run at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
