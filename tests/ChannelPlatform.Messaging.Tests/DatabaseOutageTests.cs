using System.Diagnostics;
using System.Net;
using ChannelPlatform.Messaging.Tests.Support;
using ChannelPlatform.Testing;
using Xunit.Abstractions;
using static ChannelPlatform.Messaging.Tests.Support.PartnerRequests;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// PostgreSQL goes away (every connection reset, new ones refused) and comes back: requests answer 503 with
/// Retry-After, never 500; a read in flight when it comes back is retried and succeeds; readiness follows the
/// database within seconds, both ways.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class DatabaseOutageTests(DatabaseProxyFixture service, ITestOutputHelper output) : IClassFixture<DatabaseProxyFixture>
{
    [Fact]
    public async Task A_database_outage_answers_503_with_retry_after_and_the_service_is_ready_again_within_seconds()
    {
        var manager = service.Manager();
        var health = service.Anonymous();
        var partnerId = await manager.CreateProspectAsync();

        service.Proxy.Cut();
        var clock = Stopwatch.StartNew();
        await Eventually.True(async () => (await health.GetAsync(new Uri("/health/ready", UriKind.Relative))).StatusCode == HttpStatusCode.ServiceUnavailable,
            TimeSpan.FromSeconds(15), "/health/ready unready");
        output.WriteLine($"unready {clock.Elapsed.TotalSeconds:0.0} s after the cut");

        var write = await manager.PostJson("/api/v1/partners", NewPartner());
        var read = await manager.GetJson($"/api/v1/partners/{partnerId}");
        foreach (var answer in new[] { write, read })
        {
            answer.Status.ShouldBe(HttpStatusCode.ServiceUnavailable, answer.ToString());
            answer.ContentType.ShouldBe("application/problem+json");
            answer.Text.ShouldNotContain("Npgsql");
        }

        (await RetryAfterAsync(manager, $"/api/v1/partners/{partnerId}")).ShouldNotBeNull();

        // A read that starts while the database is down and finds it back on a retry succeeds.
        var pending = manager.GetJson($"/api/v1/partners/{partnerId}");
        await Task.Delay(TimeSpan.FromMilliseconds(700));
        service.Proxy.Restore();
        var back = clock.Elapsed;
        (await pending).Status.ShouldBe(HttpStatusCode.OK, "retried by the execution strategy");

        await Eventually.True(async () => (await health.GetAsync(new Uri("/health/ready", UriKind.Relative))).IsSuccessStatusCode,
            TimeSpan.FromSeconds(10), "/health/ready ready again");
        output.WriteLine($"ready again {(clock.Elapsed - back).TotalSeconds:0.0} s after the database came back");
        (clock.Elapsed - back).ShouldBeLessThan(TimeSpan.FromSeconds(10));
        (await manager.PostJson("/api/v1/partners", NewPartner())).Status.ShouldBe(HttpStatusCode.Created);
    }

    private static async Task<string?> RetryAfterAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return response.Headers.RetryAfter?.ToString();
    }
}
