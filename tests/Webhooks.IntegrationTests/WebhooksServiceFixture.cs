using ChannelPlatform.Testing;
using Microsoft.Extensions.Time.Testing;
using Webhooks.Api;

namespace Webhooks.IntegrationTests;

/// <summary>
/// The Webhooks service on its own database and virtual host, on a clock the tests move (retries, the 72 h window,
/// the 5-day grace period). The dispatcher runs in the background, polling often; receivers listen on loopback over
/// http, which this fixture allows (as Development does through up.sh).
/// </summary>
public class WebhooksServiceFixture : ServiceFixture<WebhooksApi>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override string Prefix => "webhooks";

    protected override FakeTimeProvider Clock => _clock;

    public DateTimeOffset Now => _clock.GetUtcNow();

    public void Advance(TimeSpan by) => _clock.Advance(by);

    protected virtual bool AllowLoopback => true;

    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings())
        {
            ["Webhooks:AllowHttp"] = "true",
            ["Webhooks:AllowPrivateNetworks"] = AllowLoopback ? "true" : "false",
            ["Webhooks:Dispatcher:PollInterval"] = "00:00:00.100",
        };
}

/// <summary>The same service as a production deployment guards it: no private or loopback address is reached.</summary>
public sealed class GuardedWebhooksServiceFixture : WebhooksServiceFixture
{
    protected override bool AllowLoopback => false;
}
