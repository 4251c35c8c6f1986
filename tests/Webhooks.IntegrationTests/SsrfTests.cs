using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Webhooks.IntegrationTests;

/// <summary>As a production deployment runs: no loopback, private or link-local address is registered or reached.</summary>
public sealed class SsrfTests(GuardedWebhooksServiceFixture service) : IClassFixture<GuardedWebhooksServiceFixture>
{
    [Theory]
    [InlineData("http://127.0.0.1:8080/hooks")]
    [InlineData("http://[::1]/hooks")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/hooks")]
    [InlineData("http://localhost:5101/api/v1/partners")]
    [InlineData("http://[::ffff:127.0.0.1]/hooks")]
    [InlineData("https://192.168.1.20/hooks")]
    public async Task Internal_addresses_are_refused_at_registration(string url)
    {
        var api = new WebhooksApiClient(service.Client(Roles.Partner, Guid.CreateVersion7()));

        var answer = await api.RegisterAsync(new Uri(url));

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["url"]);
    }

    [Fact]
    public async Task A_host_that_resolves_to_loopback_at_delivery_time_is_never_connected_to()
    {
        await using var receiver = await LoopbackReceiver.StartAsync(200);
        var partnerId = Guid.CreateVersion7();
        var api = new WebhooksApiClient(service.Client(Roles.Partner, partnerId));
        var (id, _) = await api.RegisteredAsync(new Uri("https://crm.partner.example/hooks"));
        // DNS rebinding: the name now resolves to this machine (localhost → 127.0.0.1, ::1).
        await service.Database.ExecuteAsync("UPDATE webhooks.endpoints SET url = @p0 WHERE id = @p1", $"http://localhost:{receiver.Url.Port}/hooks", id);

        await EventProducer.PublishAsync(service.Broker.Amqp, SourceEvents.DealApproved(partnerId));

        var attempt = await Eventually.Get(async () => (await api.FirstAttemptAsync(id)), what: "a refused attempt");
        attempt!["error"]!.GetValue<string>().ShouldContain("refused: localhost");
        attempt["statusCode"].ShouldBeNull();
        receiver.Requests.ShouldBeEmpty();
    }
}
