using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChannelPlatform.Gateway.Health;

/// <summary>
/// A downstream service's own readiness (its PostgreSQL and RabbitMQ included): ready while at least one of its
/// replicas is. A service that is down degrades the platform rather than taking the gateway out: the other routes
/// still work.
/// </summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory clients, string service, IReadOnlyList<string> addresses) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var ready = await Task.WhenAll(addresses.Select(a => ReadyAsync(a, cancellationToken)));
        var count = ready.Count(r => r);
        var description = $"{service}: {count} of {addresses.Count} replica(s) ready";
        return count > 0 ? HealthCheckResult.Healthy(description) : HealthCheckResult.Degraded(description);
    }

    private async Task<bool> ReadyAsync(string address, CancellationToken cancellationToken)
    {
        try
        {
            using var client = clients.CreateClient("health");
            using var response = await client.GetAsync(new Uri(new Uri(address), "/health/ready"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
