using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Webhooks.IntegrationTests;

public sealed class EndpointApiTests(WebhooksServiceFixture service) : IClassFixture<WebhooksServiceFixture>
{
    private static readonly Uri Hook = new("https://crm.partner.example/hooks");

    private WebhooksApiClient Partner(Guid partnerId) => new(service.Client(Roles.Partner, partnerId));

    private WebhooksApiClient Manager => new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task Registering_returns_201_with_the_secret_shown_once()
    {
        var partnerId = Guid.CreateVersion7();
        var api = Partner(partnerId);

        var created = await api.RegisterAsync(Hook, ["deal.approved", "payout.paid"], description: "Our CRM");

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Location.ShouldBe($"/api/v1/webhooks/endpoints/{created.Id}");
        created.Str("secret")!.ShouldStartWith("whsec_");
        created.Str("partnerId").ShouldBe(partnerId.ToString());
        var read = await api.GetAsync(created.Id);
        read.Status.ShouldBe(HttpStatusCode.OK);
        read.Body["secret"].ShouldBeNull();
        read.Text.ShouldNotContain(created.Str("secret")!);
        read.Body["events"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["deal.approved", "payout.paid"]);
        read.ETag.ShouldNotBeNull();
    }

    [Fact]
    public async Task The_secret_is_stored_encrypted()
    {
        var created = await Partner(Guid.CreateVersion7()).RegisterAsync(Hook);
        var secret = created.Str("secret")!;

        var stored = await service.Database.ScalarAsync<string>("SELECT protected_secret FROM webhooks.endpoints WHERE id = @p0", created.Id);

        stored!.ShouldStartWith("v1.");
        stored.ShouldNotContain(secret["whsec_".Length..]);
    }

    [Fact]
    public async Task A_partner_token_cannot_register_for_another_partner()
    {
        var answer = await Partner(Guid.CreateVersion7()).RegisterAsync(Hook, partnerId: Guid.CreateVersion7());

        answer.Status.ShouldBe(HttpStatusCode.Forbidden, answer.ToString());
        answer.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_channel_manager_names_the_partner_and_an_integration_token_cannot_register()
    {
        (await Manager.RegisterAsync(Hook)).ErrorFields.ShouldBe(["partnerId"]);
        (await Manager.RegisterAsync(Hook, partnerId: Guid.CreateVersion7())).Status.ShouldBe(HttpStatusCode.Created);
        (await new WebhooksApiClient(service.Client(Roles.Integration)).RegisterAsync(Hook, partnerId: Guid.CreateVersion7())).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Unknown_event_types_and_bad_urls_are_400_naming_the_field()
    {
        var api = Partner(Guid.CreateVersion7());

        (await api.RegisterAsync(Hook, ["deal.teleported"])).ErrorFields.ShouldBe(["events"]);
        (await api.RegisterAsync(new Uri("ftp://crm.partner.example/x"))).ErrorFields.ShouldBe(["url"]);
        (await api.RegisterAsync(Hook, [])).ErrorFields.ShouldBe(["events"]);
    }

    [Fact]
    public async Task Another_partners_endpoint_is_not_found_and_lists_are_scoped()
    {
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        var (endpointOfB, _) = await Partner(b).RegisteredAsync(Hook);
        var partnerA = Partner(a);
        await partnerA.RegisteredAsync(Hook);

        (await partnerA.GetAsync(endpointOfB)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await partnerA.PatchAsync(endpointOfB, new { enabled = false })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await partnerA.DeleteAsync(endpointOfB)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await partnerA.DeliveriesAsync(endpointOfB)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await partnerA.Http.PostJson($"{WebhooksApiClient.Endpoints}/{endpointOfB}/rotate-secret", null)).Status.ShouldBe(HttpStatusCode.NotFound);
        var list = await partnerA.Http.GetJson($"{WebhooksApiClient.Endpoints}?partnerId={b}");
        list.Body["items"]!.AsArray().ShouldAllBe(i => i!["partnerId"]!.GetValue<string>() == a.ToString());
        (await Manager.GetAsync(endpointOfB)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Patching_disables_changes_and_re_enables_an_endpoint()
    {
        var api = Partner(Guid.CreateVersion7());
        var (id, _) = await api.RegisteredAsync(Hook);

        var disabled = await api.PatchAsync(id, new { enabled = false, description = "paused" });
        disabled.Status.ShouldBe(HttpStatusCode.OK, disabled.ToString());
        disabled.Body["enabled"]!.GetValue<bool>().ShouldBeFalse();
        disabled.Str("description").ShouldBe("paused");

        var changed = await api.PatchAsync(id, new { enabled = true, events = new[] { "lead.assigned" } });
        changed.Body["enabled"]!.GetValue<bool>().ShouldBeTrue();
        changed.Body["events"]!.AsArray().Select(e => e!.GetValue<string>()).ShouldBe(["lead.assigned"]);
        changed.Str("url").ShouldBe(Hook.ToString());
    }

    [Fact]
    public async Task Rotating_returns_a_new_secret_and_keeps_the_old_one_for_24_hours()
    {
        var api = Partner(Guid.CreateVersion7());
        var (id, first) = await api.RegisteredAsync(Hook);

        var rotated = await api.Http.PostJson($"{WebhooksApiClient.Endpoints}/{id}/rotate-secret", null);

        rotated.Status.ShouldBe(HttpStatusCode.OK, rotated.ToString());
        rotated.Str("secret")!.ShouldStartWith("whsec_");
        rotated.Str("secret").ShouldNotBe(first);
        DateTimeOffset.Parse(rotated.Str("previousSecretExpiresAt")!, System.Globalization.CultureInfo.InvariantCulture)
            .ShouldBe(service.Now.AddHours(24), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task Deleting_an_endpoint_is_204_then_404()
    {
        var api = Partner(Guid.CreateVersion7());
        var (id, _) = await api.RegisteredAsync(Hook);

        (await api.DeleteAsync(id)).Status.ShouldBe(HttpStatusCode.NoContent);
        (await api.GetAsync(id)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Without_a_token_it_is_401()
    {
        (await service.Anonymous().GetJson(WebhooksApiClient.Endpoints)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
