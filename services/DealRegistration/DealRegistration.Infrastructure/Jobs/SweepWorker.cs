using ChannelPlatform.Infrastructure.Jobs;
using DealRegistration.Application.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealRegistration.Infrastructure.Jobs;

/// <summary>Section <c>Sweep</c>: how often the time-driven rules run (every 30 s by default).</summary>
public sealed class SweepOptions : PeriodicJobOptions;

/// <summary>The SLA, protection-expiry and lead-expiry sweep.</summary>
internal sealed class SweepWorker(IServiceScopeFactory scopes, IOptions<SweepOptions> options, TimeProvider clock, ILogger<SweepWorker> logger)
    : PeriodicJob(scopes, options.Value, clock, logger)
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var result = await services.GetRequiredService<ISender>().Send(new RunSweepCommand(), cancellationToken);
        if (result.Total > 0)
            logger.LogInformation("Sweep: {AtRisk} at risk, {Breached} breached, {Expired} deals expired, {Leads} leads expired", result.AtRisk, result.Breached, result.DealsExpired, result.LeadsExpired);
    }
}
