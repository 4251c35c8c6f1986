using ChannelPlatform.Infrastructure.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Revenue.Application.Mdf;

namespace Revenue.Infrastructure.Jobs;

/// <summary>Section <c>MdfClaimWindows</c>: how often closed claim windows hand unclaimed MDF back (daily by default).</summary>
public sealed class MdfClaimWindowOptions : PeriodicJobOptions
{
    public MdfClaimWindowOptions() => Interval = TimeSpan.FromHours(24);
}

/// <summary>Closes the claim windows that are due, a batch at a time until none is left.</summary>
internal sealed class MdfClaimWindowWorker(IServiceScopeFactory scopes, IOptions<MdfClaimWindowOptions> options, TimeProvider clock, ILogger<MdfClaimWindowWorker> logger)
    : PeriodicJob(scopes, options.Value, clock, logger)
{
    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var command = new CloseMdfClaimWindowsCommand();
        var closed = await DrainAsync(async ct => await services.GetRequiredService<ISender>().Send(command, ct), command.Batch, cancellationToken);
        if (closed > 0)
            logger.LogInformation("{Count} MDF claim windows closed", closed);
    }
}
