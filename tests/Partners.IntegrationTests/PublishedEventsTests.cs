using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>Every partner.* event of EVENTS.md, read as another team's plain-AMQP consumer reads it.</summary>
public sealed class PublishedEventsTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private const string MassTransitJson = "application/vnd.masstransit+json";

    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task Recruiting_and_activating_publish_prospect_created_agreement_signed_and_activated()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "partner.prospect-created", "partner.agreement-signed", "partner.activated");
        var api = new PartnerApi(_manager);
        var id = await api.CreateAsync(PartnerApi.NewPartner(name: "Event Partner", type: "Referral", region: "LatinAmerica"));
        await api.QualifyThenSignAsync(id, new { effectiveFrom = "2026-02-01", termMonths = 24, commissionPercent = 12.5m, payoutCurrency = "brl" });
        var agreement = (await _manager.GetJson($"/api/v1/partners/{id}/agreements")).Body["items"]![0]!["id"]!.GetValue<string>();

        var created = await Received(consumer, "partner.prospect-created", id);
        created["name"]!.GetValue<string>().ShouldBe("Event Partner");
        created["type"]!.GetValue<string>().ShouldBe("Referral");
        created["region"]!.GetValue<string>().ShouldBe("LatinAmerica");

        var signed = await Received(consumer, "partner.agreement-signed", id);
        signed["agreementId"]!.GetValue<string>().ShouldBe(agreement);
        signed["partnerType"]!.GetValue<string>().ShouldBe("Referral");
        signed["payoutCurrency"]!.GetValue<string>().ShouldBe("BRL");
        Number(signed, "commissionPercent").ShouldBe(12.5m);
        signed["marginPercent"].ShouldBeNull();
        signed["referralFeePercent"].ShouldBeNull();
        signed["revenueSharePercent"].ShouldBeNull();
        signed["effectiveFrom"]!.GetValue<string>().ShouldBe("2026-02-01");
        signed["expiresOn"]!.GetValue<string>().ShouldBe("2028-01-31");

        var activated = await Received(consumer, "partner.activated", id);
        activated["name"]!.GetValue<string>().ShouldBe("Event Partner");
        activated["type"]!.GetValue<string>().ShouldBe("Referral");
        activated["tier"]!.GetValue<string>().ShouldBe("Registered");
        activated["region"]!.GetValue<string>().ShouldBe("LatinAmerica");
        activated["country"]!.GetValue<string>().ShouldBe("DE");
        var activatedAt = DateTimeOffset.Parse((await api.GetAsync(id)).Str("activatedAt")!, CultureInfo.InvariantCulture);
        Utc(activated, "activatedAt").ShouldBe(activatedAt, TimeSpan.FromMilliseconds(1), "the API stores microseconds");
        activated["protectionDays"]!.GetValue<int>().ShouldBe(60);
        Number(activated, "marginBonusPercent").ShouldBe(0m);
        Number(activated, "mdfPercent").ShouldBe(0m);
    }

    [Fact]
    public async Task Suspending_reactivating_and_terminating_publish_each_change_with_its_reason()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "partner.suspended", "partner.reactivated", "partner.terminated");
        var id = await new PartnerApi(_manager).ActiveAsync();

        await _manager.PostJson($"/api/v1/partners/{id}/suspend", new { reason = "Unpaid invoices" });
        await _manager.PostJson($"/api/v1/partners/{id}/reactivate", new { reason = "Paid" });
        await _manager.PostJson($"/api/v1/partners/{id}/terminate", new { reason = "Contract ended" });

        (await Received(consumer, "partner.suspended", id))["reason"]!.GetValue<string>().ShouldBe("Unpaid invoices");
        await Received(consumer, "partner.reactivated", id);
        (await Received(consumer, "partner.terminated", id))["reason"]!.GetValue<string>().ShouldBe("Contract ended");
    }

    [Fact]
    public async Task A_tier_change_publishes_the_new_tiers_benefits_as_numbers()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "partner.tier-changed");
        var id = await new PartnerApi(_manager).ActiveAsync();

        await _manager.PostJson($"/api/v1/partners/{id}/tier", new { tier = "Platinum", reason = "Strategic account" });

        var changed = await Received(consumer, "partner.tier-changed", id);
        changed["fromTier"]!.GetValue<string>().ShouldBe("Registered");
        changed["toTier"]!.GetValue<string>().ShouldBe("Platinum");
        changed["reason"]!.GetValue<string>().ShouldContain("Strategic account");
        changed["protectionDays"]!.GetValue<int>().ShouldBe(120);
        Number(changed, "marginBonusPercent").ShouldBe(6m);
        Number(changed, "mdfPercent").ShouldBe(3m);
    }

    [Fact]
    public async Task Adding_and_deactivating_contacts_publish_contact_added_and_contact_deactivated()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "partner.contact-added", "partner.contact-deactivated");
        var id = await new PartnerApi(_manager).ActiveAsync();

        var contact = (await _manager.PostJson($"/api/v1/partners/{id}/contacts", new { firstName = "Grace", lastName = "Hopper", email = "Grace@Partner.Example", role = "SalesEngineer" })).Id;
        var bulk = await _manager.PostJson($"/api/v1/partners/{id}/contacts/bulk", new { contacts = new[] { new { firstName = "Bulk", lastName = "Rep", email = "bulk@partner.example", role = "SalesRep" } } });
        await _manager.PostJson($"/api/v1/partners/{id}/contacts/{contact}/deactivate", null);

        var added = await Received(consumer, "partner.contact-added", id, m => m["contactId"]!.GetValue<string>() == contact.ToString());
        added["firstName"]!.GetValue<string>().ShouldBe("Grace");
        added["lastName"]!.GetValue<string>().ShouldBe("Hopper");
        added["email"]!.GetValue<string>().ShouldBe("grace@partner.example");
        added["role"]!.GetValue<string>().ShouldBe("SalesEngineer");
        var bulkContact = bulk.Body["results"]![0]!["contact"]!["id"]!.GetValue<string>();
        (await Received(consumer, "partner.contact-added", id, m => m["contactId"]!.GetValue<string>() == bulkContact))["role"]!.GetValue<string>().ShouldBe("SalesRep");
        (await Received(consumer, "partner.contact-deactivated", id))["contactId"]!.GetValue<string>().ShouldBe(contact.ToString());
    }

    [Fact]
    public async Task A_rejected_command_publishes_nothing()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "partner.suspended", "partner.activated");
        var prospect = await new PartnerApi(_manager).ProspectAsync();
        var active = await new PartnerApi(_manager).ActiveAsync();

        (await _manager.PostJson($"/api/v1/partners/{prospect}/suspend", new { reason = "x" })).Status.ShouldBe(System.Net.HttpStatusCode.Conflict);
        await _manager.PostJson($"/api/v1/partners/{active}/suspend", new { reason = "after" });
        await Received(consumer, "partner.suspended", active);

        consumer.Messages("partner.suspended", ForeignConsumer.ForPartner(prospect)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Editing_a_tier_publishes_tier_program_updated_with_its_values_and_version_and_a_refused_edit_nothing()
    {
        const string Exchange = "partner.tier-program-updated";
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, Exchange);
        var platinumDefaults = new { minTrailingRevenue = 1_000_000, minCertifiedReps = 10, marginBonusPercent = 6, mdfPercent = 3, protectionDays = 120 };
        try
        {
            var refused = await _manager.PutJson("/api/v1/tiers/Platinum", new { minTrailingRevenue = 1, minCertifiedReps = 10, marginBonusPercent = 6, mdfPercent = 3, protectionDays = 120 });
            refused.Status.ShouldBe(System.Net.HttpStatusCode.UnprocessableEntity, refused.ToString());
            var edited = await _manager.PutJson("/api/v1/tiers/Platinum", new { minTrailingRevenue = 1_200_000, minCertifiedReps = 12, marginBonusPercent = 7.5m, mdfPercent = 3.5m, protectionDays = 150 });
            edited.Status.ShouldBe(System.Net.HttpStatusCode.OK, edited.ToString());

            var message = await consumer.WaitForAsync(Exchange, m => m["protectionDays"]?.GetValue<int>() == 150);
            var delivery = consumer.Deliveries.First(d => ReferenceEquals(d.Envelope?["message"], message));
            delivery.ContentType.ShouldBe(MassTransitJson);
            message["tier"]!.GetValue<string>().ShouldBe("Platinum");
            Number(message, "minTrailingRevenue").ShouldBe(1_200_000m);
            message["minCertifiedReps"]!.GetValue<int>().ShouldBe(12);
            Number(message, "marginBonusPercent").ShouldBe(7.5m);
            Number(message, "mdfPercent").ShouldBe(3.5m);
            $"\"v{message["version"]!.GetValue<int>()}\"".ShouldBe(edited.ETag, "the event carries the tier's version");
            Utc(message, "occurredAt").ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
            consumer.Messages(Exchange).Count(m => m["tier"]!.GetValue<string>() == "Platinum").ShouldBe(1, "the refused edit published nothing");
        }
        finally
        {
            (await _manager.PutJson("/api/v1/tiers/Platinum", platinumDefaults)).Status.ShouldBe(System.Net.HttpStatusCode.OK);
        }
    }

    /// <summary>Waits for the partner's event and checks the envelope and the fields every event carries.</summary>
    private static async Task<JsonNode> Received(ForeignConsumer consumer, string exchange, Guid partnerId, Func<JsonNode, bool>? match = null)
    {
        var message = await consumer.WaitForAsync(exchange, m => ForeignConsumer.ForPartner(partnerId)(m) && (match?.Invoke(m) ?? true));
        var delivery = consumer.Deliveries.First(d => d.Exchange == exchange && ReferenceEquals(d.Envelope?["message"], message));
        delivery.ContentType.ShouldBe(MassTransitJson, exchange);
        delivery.MessageId.ShouldNotBeNullOrEmpty(exchange);
        Guid.TryParse(message["eventId"]?.GetValue<string>(), out var eventId).ShouldBeTrue($"{exchange} eventId");
        eventId.ShouldNotBe(Guid.Empty);
        Utc(message, "occurredAt").ShouldBeInRange(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddMinutes(1));
        message["partnerId"]!.GetValue<string>().ShouldBe(partnerId.ToString());
        return message;
    }

    private static DateTimeOffset Utc(JsonNode message, string field)
    {
        var text = message[field]!.GetValue<string>();
        var value = DateTimeOffset.Parse(text, CultureInfo.InvariantCulture);
        value.Offset.ShouldBe(TimeSpan.Zero, $"{field} '{text}' must be UTC");
        return value;
    }

    private static decimal Number(JsonNode message, string field)
    {
        var node = message[field]!;
        node.GetValueKind().ShouldBe(JsonValueKind.Number, $"{field} must be a JSON number");
        return node.GetValue<decimal>();
    }
}
