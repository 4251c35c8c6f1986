using Webhooks.Domain.Endpoints;
using static Webhooks.UnitTests.Endpoints.Given;

namespace Webhooks.UnitTests.Endpoints;

public sealed class WebhookEndpointTests
{
    [Fact]
    public void A_registered_endpoint_is_enabled_for_the_event_types_it_names()
    {
        var endpoint = Endpoint(WebhookEventTypes.DealApproved, WebhookEventTypes.DealWon, WebhookEventTypes.DealApproved);

        endpoint.Enabled.ShouldBeTrue();
        endpoint.Events.ShouldBe([WebhookEventTypes.DealApproved, WebhookEventTypes.DealWon]);
        endpoint.SubscribesTo(WebhookEventTypes.DealWon).ShouldBeTrue();
        endpoint.SubscribesTo(WebhookEventTypes.DealLost).ShouldBeFalse();
        endpoint.SigningSecretsAt(Now).ShouldBe(["protected-1"]);
    }

    [Fact]
    public void Unknown_or_missing_event_types_are_refused()
    {
        DomainAssert.InvalidValue(() => Endpoint("deal.approved", "deal.teleported"), "events").Message.ShouldContain("deal.teleported");
        DomainAssert.InvalidValue(() => WebhookEndpoint.Register(PartnerId, WebhookUrl.Parse("https://a.example"), [], null, "p", Now), "events");
    }

    [Fact]
    public void Every_contract_event_type_can_be_subscribed_to()
    {
        WebhookEventTypes.All.Count.ShouldBe(19);
        Endpoint([.. WebhookEventTypes.All]).Events.Count.ShouldBe(19);
    }

    [Fact]
    public void An_update_changes_only_what_it_names_and_moves_the_version_on()
    {
        var endpoint = Endpoint();
        var version = endpoint.Version;

        endpoint.Update(null, [WebhookEventTypes.LeadAssigned], null, null, Now.AddHours(1));

        endpoint.Url.ShouldBe("https://crm.partner.example/hooks");
        endpoint.Description.ShouldBe("CRM");
        endpoint.Events.ShouldBe([WebhookEventTypes.LeadAssigned]);
        endpoint.Version.ShouldBe(version + 1);
    }

    [Fact]
    public void A_disabled_endpoint_subscribes_to_nothing_and_re_enabling_clears_its_failure_record()
    {
        var endpoint = Endpoint();
        endpoint.RecordDeliveryFailed("HTTP 500", Now);

        endpoint.Update(null, null, null, false, Now.AddHours(1));

        endpoint.Enabled.ShouldBeFalse();
        endpoint.DisabledReason.ShouldBe("Disabled by its owner.");
        endpoint.SubscribesTo(WebhookEventTypes.DealApproved).ShouldBeFalse();

        endpoint.Update(null, null, null, true, Now.AddHours(2));

        endpoint.Enabled.ShouldBeTrue();
        (endpoint.DisabledAt, endpoint.DisabledReason, endpoint.FailingSince).ShouldBe((null, null, null));
    }

    [Fact]
    public void After_a_rotation_both_secrets_sign_for_the_overlap_then_only_the_new_one()
    {
        var endpoint = Endpoint();

        endpoint.RotateSecret("protected-2", TimeSpan.FromHours(24), Now);

        endpoint.SigningSecretsAt(Now.AddHours(23)).ShouldBe(["protected-2", "protected-1"]);
        endpoint.SigningSecretsAt(Now.AddHours(24)).ShouldBe(["protected-2"]);
        endpoint.PreviousSecretExpiresAt.ShouldBe(Now.AddHours(24));
    }
}
