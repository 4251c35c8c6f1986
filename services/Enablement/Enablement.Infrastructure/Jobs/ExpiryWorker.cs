using ChannelPlatform.Infrastructure.Jobs;
using Enablement.Application.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enablement.Infrastructure.Jobs;

/// <summary>Section <c>Expiry</c>: how often certifications are checked for expiry (daily by default).</summary>
public sealed class ExpiryOptions : PeriodicJobOptions
{
    public ExpiryOptions() => Interval = TimeSpan.FromHours(24);

    /// <summary>Certifications expired per transaction; a run drains them batch after batch.</summary>
    public int BatchSize { get; set; } = 1000;
}

/// <summary>Expires certifications past their date, a batch at a time until none is due.</summary>
internal sealed class ExpiryWorker(IServiceScopeFactory scopes, IOptions<ExpiryOptions> options, TimeProvider clock, ILogger<ExpiryWorker> logger)
    : PeriodicJob(scopes, options.Value, clock, logger)
{
    private readonly int _batchSize = options.Value.BatchSize;

    protected override async Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var command = new ExpireCertificationsCommand(_batchSize);
        var expired = await DrainAsync(async ct => await services.GetRequiredService<ISender>().Send(command, ct), command.Batch, cancellationToken);
        if (expired > 0)
            logger.LogInformation("{Count} rep certifications expired", expired);
    }
}
