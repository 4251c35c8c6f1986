using System.Net;
using System.Net.Sockets;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>The gateway's /health/ready reports each downstream service; a service down degrades, never hides.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HealthTests(PlatformFixture platform)
{
    [Fact]
    public async Task Ready_answers_anonymously_and_reports_the_Partner_service_healthy()
    {
        using var anonymous = platform.Anonymous();
        var ready = await anonymous.GetJson("/health/ready");
        ready.Status.ShouldBe(HttpStatusCode.OK, ready.ToString());
        ready.Str("status").ShouldBe("Healthy");
        ready.Body["entries"]!["Partner"]!["status"]!.GetValue<string>().ShouldBe("Healthy", ready.ToString());
    }

    [Fact]
    public async Task Live_answers_anonymously()
    {
        using var anonymous = platform.Anonymous();
        (await anonymous.GetJson("/health/live")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_service_that_does_not_answer_is_reported_degraded_by_name_and_the_rest_still_routes()
    {
        var gateway = platform.StartGateway(overrides: new Dictionary<string, string?> { ["Services:Revenue"] = $"http://127.0.0.1:{ClosedPort()}" });
        using var anonymous = gateway.CreateClient();
        var ready = await anonymous.GetJson("/health/ready");
        ready.Status.ShouldBe(HttpStatusCode.OK, ready.ToString());
        ready.Str("status").ShouldBe("Degraded");
        ready.Body["entries"]!["Revenue"]!["status"]!.GetValue<string>().ShouldBe("Degraded");
        ready.Body["entries"]!["Partner"]!["status"]!.GetValue<string>().ShouldBe("Healthy");

        using var manager = gateway.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new("Bearer", platform.Tokens.For(ChannelPlatform.Application.Security.Roles.ChannelManager));
        (await manager.GetJson("/api/v1/tiers")).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_request_for_a_service_that_is_down_is_503_with_Retry_After()
    {
        // CONTRACT.md: "503 dependency down (with Retry-After)".
        var gateway = platform.StartGateway(overrides: new Dictionary<string, string?> { ["Services:Revenue"] = $"http://127.0.0.1:{ClosedPort()}" });
        using var manager = gateway.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new("Bearer", platform.Tokens.For(ChannelPlatform.Application.Security.Roles.ChannelManager));
        using var response = await manager.GetAsync(new Uri("/api/v1/revenue/kpis", UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter.ShouldNotBeNull();
    }

    /// <summary>A loopback port nobody listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
