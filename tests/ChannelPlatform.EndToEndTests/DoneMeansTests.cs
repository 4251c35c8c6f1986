using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>The "done means": everything through the gateway, every step seen by another team's consumer.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DoneMeansTests(PlatformFixture platform)
{
    private static readonly string[] Exchanges =
        ["partner.prospect-created", "partner.activated", "partner.agreement-signed", "partner.contact-added", "partner.tier-changed"];

    [Fact]
    public async Task A_channel_manager_walks_a_prospect_to_an_active_Gold_partner_through_the_gateway_and_each_step_is_published()
    {
        await using var consumer = await ForeignConsumer.StartAsync(platform.Broker.Amqp, Exchanges);
        using var anonymous = platform.Anonymous();

        var token = await anonymous.PostJson("/api/v1/auth/dev-token", new { role = Roles.ChannelManager, name = "Dana Channel" });
        token.Status.ShouldBe(HttpStatusCode.OK, token.ToString());
        token.Str("accessToken").ShouldNotBeNullOrEmpty();
        DateTimeOffset.Parse(token.Str("expiresAt")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(DateTimeOffset.UtcNow);
        using var manager = platform.Gateway.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new("Bearer", token.Str("accessToken"));

        // Prospect
        var created = await manager.PostJson("/api/v1/partners", PartnerRequests.NewPartner("Contoso Resellers"));
        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Str("status").ShouldBe("Prospect");
        created.Location.ShouldNotBeNull().ShouldEndWith($"/api/v1/partners/{created.Id}");
        var id = created.Id;
        await consumer.WaitForAsync("partner.prospect-created", ForeignConsumer.ForPartner(id));

        // Evaluation → Qualified
        var evaluated = await manager.PostJson($"/api/v1/partners/{id}/evaluation", PartnerRequests.StrongFit);
        evaluated.Status.ShouldBe(HttpStatusCode.OK, evaluated.ToString());
        evaluated.Str("status").ShouldBe("Qualified");
        evaluated.Body["fitScore"]!.GetValue<decimal>().ShouldBeGreaterThanOrEqualTo(60m);

        // Agreement → Onboarding
        var agreement = await manager.PostJson($"/api/v1/partners/{id}/agreements", PartnerRequests.ResellerTerms);
        agreement.Status.ShouldBe(HttpStatusCode.Created, agreement.ToString());
        agreement.Str("status").ShouldBe("Draft");
        (await manager.GetJson($"/api/v1/partners/{id}")).Str("status").ShouldBe("Onboarding");

        // Signature → Active, Registered
        var signed = await manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement.Id}/sign", new { signedBy = "Pat Partner, CEO" });
        signed.Status.ShouldBe(HttpStatusCode.OK, signed.ToString());
        signed.Str("status").ShouldBe("Active");
        var active = await manager.GetJson($"/api/v1/partners/{id}");
        active.Str("status").ShouldBe("Active");
        active.Str("tier").ShouldBe("Registered");
        var signedEvent = await consumer.WaitForAsync("partner.agreement-signed", ForeignConsumer.ForPartner(id));
        signedEvent["agreementId"]!.GetValue<string>().ShouldBe(agreement.Id.ToString());
        signedEvent["marginPercent"]!.GetValue<decimal>().ShouldBe(22m);
        var activated = await consumer.WaitForAsync("partner.activated", ForeignConsumer.ForPartner(id));
        activated["tier"]!.GetValue<string>().ShouldBe("Registered");
        activated["name"]!.GetValue<string>().ShouldBe("Contoso Resellers");

        // Ten contacts in one request
        var bulk = await manager.PostJson($"/api/v1/partners/{id}/contacts/bulk", new { contacts = Enumerable.Range(1, 10).Select(i => PartnerRequests.Contact(i)).ToArray() });
        bulk.Status.ShouldBe(HttpStatusCode.OK, bulk.ToString());
        bulk.Body["created"]!.GetValue<int>().ShouldBe(10, bulk.ToString());
        bulk.Body["rejected"]!.GetValue<int>().ShouldBe(0);
        var contactIds = bulk.Body["results"]!.AsArray().Select(r => r!["contact"]!["id"]!.GetValue<string>()).ToHashSet();
        contactIds.Count.ShouldBe(10);
        await Eventually.True(
            () => Task.FromResult(consumer.Messages("partner.contact-added", ForeignConsumer.ForPartner(id)).Count() >= 10),
            what: "ten partner.contact-added events");
        consumer.Messages("partner.contact-added", ForeignConsumer.ForPartner(id))
            .Select(m => m["contactId"]!.GetValue<string>()).ToHashSet().ShouldBe(contactIds, ignoreOrder: true);

        // Tier override → Gold
        var gold = await manager.PostJson($"/api/v1/partners/{id}/tier", new { tier = "Gold", reason = "Strategic launch partner" });
        gold.Status.ShouldBe(HttpStatusCode.OK, gold.ToString());
        gold.Str("tier").ShouldBe("Gold");
        gold.Str("status").ShouldBe("Active");
        var tierChanged = await consumer.WaitForAsync("partner.tier-changed", ForeignConsumer.ForPartner(id));
        tierChanged["fromTier"]!.GetValue<string>().ShouldBe("Registered");
        tierChanged["toTier"]!.GetValue<string>().ShouldBe("Gold");
        tierChanged["reason"]!.GetValue<string>().ShouldContain("Strategic launch partner");
        tierChanged["protectionDays"]!.GetValue<int>().ShouldBe(90);
        tierChanged["marginBonusPercent"]!.GetValue<decimal>().ShouldBe(4m);
        tierChanged["mdfPercent"]!.GetValue<decimal>().ShouldBe(2m);

        // Every event went out as a foreign consumer reads it: MassTransit's JSON envelope, camelCase, ids and timestamps.
        var mine = consumer.Deliveries.Where(d => d.Envelope?["message"]?["partnerId"]?.GetValue<string>() == id.ToString()).ToList();
        mine.Select(d => d.Exchange).Distinct().ShouldBe(Exchanges, ignoreOrder: true);
        mine.Select(d => d.MessageId).Distinct().Count().ShouldBe(14); // prospect, signed, activated, ten contacts, tier (at least once: count distinct)
        foreach (var delivery in mine)
        {
            delivery.ContentType.ShouldBe("application/vnd.masstransit+json");
            delivery.MessageId.ShouldNotBeNullOrEmpty();
            var message = delivery.Envelope!["message"]!;
            Guid.TryParse(message["eventId"]?.GetValue<string>(), out _).ShouldBeTrue(delivery.Envelope.ToJsonString());
            message["occurredAt"].ShouldNotBeNull();
        }

        // And the walk really reached this platform's Partner service and its database.
        (await platform.Database.ScalarAsync<string>("SELECT tier FROM partner.partners WHERE id = @p0", id)).ShouldBe("Gold");
    }

    [Fact]
    public async Task The_gold_partner_reads_its_own_partner_and_contacts_through_the_gateway()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var id = await manager.ActivePartnerAsync();
        (await manager.PostJson($"/api/v1/partners/{id}/contacts", PartnerRequests.Contact(1))).Status.ShouldBe(HttpStatusCode.Created);
        (await manager.PostJson($"/api/v1/partners/{id}/tier", new { tier = "Gold", reason = "Launch" })).Status.ShouldBe(HttpStatusCode.OK);

        using var partnerUser = await platform.ClientAsync(Roles.Partner, id, "Pat Partner");
        var own = await partnerUser.GetJson($"/api/v1/partners/{id}");
        own.Status.ShouldBe(HttpStatusCode.OK, own.ToString());
        own.Str("tier").ShouldBe("Gold");
        var contacts = await partnerUser.GetJson($"/api/v1/partners/{id}/contacts");
        contacts.Status.ShouldBe(HttpStatusCode.OK, contacts.ToString());
        contacts.Body["items"]!.AsArray().Count.ShouldBe(1);
        var list = await partnerUser.GetJson("/api/v1/partners");
        list.Body["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ShouldBe([id.ToString()]);
    }
}
