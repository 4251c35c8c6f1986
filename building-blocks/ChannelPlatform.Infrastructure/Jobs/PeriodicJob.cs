using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChannelPlatform.Infrastructure.Jobs;

/// <summary>How often a periodic job runs, and whether it runs at all (tests switch it off and run it by hand).</summary>
public class PeriodicJobOptions
{
    public TimeSpan Interval { get; set; } = TimeSpan.FromSeconds(30);

    public bool Enabled { get; set; } = true;
}

/// <summary>
/// Runs a time-driven rule on the injected clock: once at start, then every interval, each run in a
/// scope of its own. The run itself claims its rows with locks, so several replicas may run it.
/// </summary>
public abstract class PeriodicJob(IServiceScopeFactory scopes, PeriodicJobOptions options, TimeProvider clock, ILogger logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Enabled)
            return;
        using var timer = new PeriodicTimer(options.Interval, clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await RunOnceAsync(scope.ServiceProvider, stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "{Job} failed; next run at the next interval", GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken cancellationToken);

    /// <summary>Runs a batched step until it handles less than a full batch; returns how many it handled in all.</summary>
    protected static async Task<int> DrainAsync(Func<CancellationToken, Task<int>> step, int batchSize, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        int total = 0, handled;
        do
        {
            handled = await step(cancellationToken);
            total += handled;
        }
        while (handled >= batchSize && !cancellationToken.IsCancellationRequested);
        return total;
    }
}
