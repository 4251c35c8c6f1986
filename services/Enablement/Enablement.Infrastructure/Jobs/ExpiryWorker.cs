using Enablement.Application.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Enablement.Infrastructure.Jobs;

/// <summary>Section <c>Expiry</c>: how often certifications are checked for expiry (daily by default).</summary>
public sealed class ExpiryOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(24);

    public bool Enabled { get; set; } = true;
}

/// <summary>Expires certifications past their date, on the injected clock; safe with several replicas (row locks).</summary>
internal sealed class ExpiryWorker(IServiceScopeFactory scopes, IOptions<ExpiryOptions> options, TimeProvider clock, ILogger<ExpiryWorker> logger) : BackgroundService
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
                int expired;
                do
                {
                    expired = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireCertificationsCommand(), stoppingToken);
                    if (expired > 0)
                        logger.LogInformation("{Count} rep certifications expired", expired);
                }
                while (expired >= 1000);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Certification expiry failed; next run at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
