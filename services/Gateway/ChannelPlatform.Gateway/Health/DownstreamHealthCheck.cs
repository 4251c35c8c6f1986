using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChannelPlatform.Gateway.Health;

/// <summary>
/// A downstream service's own readiness (its PostgreSQL and RabbitMQ included). A service that is
/// down degrades the platform rather than taking the gateway out: the other routes still work.
/// </summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory clients, string service, string address) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = clients.CreateClient("health");
            using var response = await client.GetAsync(new Uri(new Uri(address), "/health/ready"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service} ready")
                : HealthCheckResult.Degraded($"{service} answered {(int)response.StatusCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return HealthCheckResult.Degraded($"{service} unreachable: {ex.Message}");
        }
    }
}
