using System.Net;
using System.Text.Json;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.CrossServiceRequests;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// The issues' "done means" across services: Partner, DealRegistration and Enablement on one
/// database and one virtual host, every request through the gateway, events flowing between the
/// services by themselves (only a foreign consumer reads the broker directly). Each test makes its
/// own partners (own domains) and products, so the tests stay independent.
/// </summary>
[Collection(FullPlatformCollection.Name)]
public sealed class CrossServiceTests(FullPlatformFixture platform)
{
    [Fact]
    public async Task DealRegistration_done_means_a_conflicting_registration_is_approved_only_with_an_override_and_its_win_is_published()
    {
        await using var consumer = await ForeignConsumer.StartAsync(platform.Broker.Amqp, "dealreg.deal-won");
        using var manager = await platform.ClientAsync(Roles.ChannelManager, name: "Dana Channel");

        // Two partners created and activated through the Partner API; the activation reaches DealRegistration by itself.
        var partnerA = await manager.ActivePartnerAsync();
        var partnerB = await manager.ActivePartnerAsync();
        using var userA = await platform.ClientAsync(Roles.Partner, partnerA, "Alex A");
        using var userB = await platform.ClientAsync(Roles.Partner, partnerB, "Bea B");

        var campaign = await manager.PostJson("/api/v1/campaigns", new
        {
            name = $"E2E Launch {Guid.NewGuid():N}"[..24],
            type = "Webinar",
            partnerIds = new[] { partnerA, partnerB },
            startsOn = Today(-7),
            endsOn = Today(30),
        });
        campaign.Status.ShouldBe(HttpStatusCode.Created, campaign.ToString());

        var product = UniqueProduct();
        var earlier = await RegisterOnceActiveAsync(userA, Deal("ACME Corporation, Inc.", [product, "Support"]));
        earlier.Body["conflicts"]!.AsArray().ShouldBeEmpty(earlier.ToString());

        // Partner B (its partnerId from the token) registers the same customer under a similar name.
        var later = await RegisterOnceActiveAsync(userB, Deal("Acme Corp", [product], campaign.Id, estimatedValue: 120_000m));
        later.Str("status").ShouldBe("Submitted");
        var partnerView = later.Body["conflicts"]!.AsArray().ShouldHaveSingleItem()!;
        partnerView["reason"]!.GetValue<string>().ShouldBe("SimilarName");
        partnerView["conflictingStatus"]!.GetValue<string>().ShouldBe("Submitted");
        partnerView["conflictingDealId"].ShouldBeNull("a Partner caller never sees the other deal's id");
        partnerView["similarity"].ShouldBeNull("a Partner caller sees reason and status only");
        var dealId = later.Id;

        // The ChannelManager sees the conflict with the earlier deal's id.
        var seen = await manager.GetJson($"/api/v1/deals/{dealId}");
        seen.Status.ShouldBe(HttpStatusCode.OK, seen.ToString());
        seen.Body["partnerId"]!.GetValue<string>().ShouldBe(partnerB.ToString());
        var conflict = seen.Body["conflicts"]!.AsArray().ShouldHaveSingleItem()!;
        conflict["reason"]!.GetValue<string>().ShouldBe("SimilarName");
        conflict["similarity"]!.GetValue<double>().ShouldBeGreaterThanOrEqualTo(0.6);
        conflict["conflictingDealId"]!.GetValue<string>().ShouldBe(earlier.Id.ToString());

        // First to register wins: approving the later one needs an override with a reason.
        var plain = await manager.PostJson($"/api/v1/deals/{dealId}/approve", new { notes = "Looks good" });
        plain.Status.ShouldBe(HttpStatusCode.Conflict, plain.ToString());
        var overridden = await manager.PostJson($"/api/v1/deals/{dealId}/approve", new { overrideConflicts = true, overrideReason = "Customer asked for partner B" });
        overridden.Status.ShouldBe(HttpStatusCode.OK, overridden.ToString());
        overridden.Str("status").ShouldBe("Approved");

        // Won, and another team's consumer reads the win with everything it needs.
        var closedOn = Today();
        var won = await manager.PostJson($"/api/v1/deals/{dealId}/win", new { actualValue = 118_500.50m, closedOn });
        won.Status.ShouldBe(HttpStatusCode.OK, won.ToString());
        won.Str("status").ShouldBe("Won");

        var message = await consumer.WaitForAsync("dealreg.deal-won", m => m["dealId"]?.GetValue<string>() == dealId.ToString(), EventTimeout);
        message["partnerId"]!.GetValue<string>().ShouldBe(partnerB.ToString());
        message["actualValue"]!.GetValueKind().ShouldBe(JsonValueKind.Number, message.ToJsonString());
        message["actualValue"]!.GetValue<decimal>().ShouldBe(118_500.50m);
        message["currency"]!.GetValue<string>().ShouldBe("USD");
        message["closedOn"]!.GetValue<string>().ShouldBe(closedOn);
        message["campaignId"]!.GetValue<string>().ShouldBe(campaign.Id.ToString());
        var delivery = consumer.Deliveries.First(d => d.Envelope?["message"]?["dealId"]?.GetValue<string>() == dealId.ToString());
        delivery.ContentType.ShouldBe("application/vnd.masstransit+json");
        delivery.MessageId.ShouldNotBeNullOrEmpty();
    }
}
