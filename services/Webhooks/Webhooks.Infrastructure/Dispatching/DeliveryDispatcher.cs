using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Webhooks.Application;
using Webhooks.Application.Deliveries.DisableFailingEndpoints;
using Webhooks.Application.Deliveries.RecordAttempt;

namespace Webhooks.Infrastructure.Dispatching;

/// <summary>
/// Sends due deliveries: claim a batch (leased, short statement), POST them a few at a time, record each attempt in a
/// transaction of its own, release the lease. Wakes when deliveries are written here, else polls; safe on several replicas.
/// </summary>
internal sealed class DeliveryDispatcher(
    IServiceScopeFactory scopes, DispatchSignal signal, IOptions<WebhooksOptions> options, TimeProvider clock, ILogger<DeliveryDispatcher> logger)
    : BackgroundService
{
    private DispatcherOptions Settings => options.Value.Dispatcher;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Settings.Enabled)
            return;
        while (!stoppingToken.IsCancellationRequested)
        {
            var handled = 0;
            try
            {
                handled = await RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Webhook dispatch failed; trying again after the poll interval");
            }

            if (handled < Settings.BatchSize)
                await signal.WaitAsync(Settings.PollInterval, stoppingToken);
        }
    }

    /// <returns>How many deliveries were attempted.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        await using (var scope = scopes.CreateAsyncScope())
            await scope.ServiceProvider.GetRequiredService<ISender>().Send(new DisableFailingEndpointsCommand(), cancellationToken);

        IReadOnlyList<ClaimedDelivery> claimed;
        await using (var scope = scopes.CreateAsyncScope())
            claimed = await scope.ServiceProvider.GetRequiredService<DeliveryClaims>().ClaimAsync(Settings.BatchSize, Settings.Lease, clock.GetUtcNow(), cancellationToken);

        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, Settings.Concurrency), CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(claimed, parallel, AttemptAsync);
        return claimed.Count;
    }

    /// <summary>A failure here leaves the row leased: it is attempted again when the lease ends, never lost.</summary>
    private async ValueTask AttemptAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        try
        {
            await AttemptOnceAsync(delivery, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Webhook {WebhookId}: the attempt could not be recorded; it is retried when its lease ends", delivery.WebhookId);
        }
    }

    private async Task AttemptOnceAsync(ClaimedDelivery delivery, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var at = clock.GetUtcNow();
        var outcome = await services.GetRequiredService<WebhookSender>().SendAsync(delivery, at, cancellationToken);
        await services.GetRequiredService<ISender>().Send(new RecordAttemptCommand(delivery.Id, outcome, at), cancellationToken);
        await services.GetRequiredService<DeliveryClaims>().ReleaseAsync(delivery.Id, cancellationToken);
        if (!outcome.Succeeded)
            logger.LogInformation("Webhook {WebhookId} to {Host} failed: {Error}", delivery.WebhookId, delivery.Url.Host, outcome.Describe());
    }
}
