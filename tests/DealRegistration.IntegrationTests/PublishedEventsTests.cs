using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>The dealreg.* deal events of EVENTS.md, read as another team's plain-AMQP consumer reads them.</summary>
public sealed class PublishedEventsTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private const string MassTransitJson = "application/vnd.masstransit+json";

    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private DealApi Deals => new(_manager, service);

    [Fact]
    public async Task Registering_publishes_deal_registered_with_the_customer_products_amounts_and_conflict_count()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "dealreg.deal-registered");
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var product = DealApi.UniqueProduct();
        var campaign = await new CampaignApi(_manager).CreateAsync();
        await Deals.RegisterAsync(first, "Umbrella Corporation", "umbrella.example", [product]);
        var deal = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(second, "Umbrella Corp.", "www.umbrella.example", [product, "Analytics"], 1_234.5m, campaignId: campaign));
        deal.Status.ShouldBe(HttpStatusCode.Created, deal.ToString());

        var registered = await Received(consumer, "dealreg.deal-registered", deal.Id, second);

        registered["customer"]!["companyName"]!.GetValue<string>().ShouldBe("Umbrella Corp.");
        registered["customer"]!["domain"]!.GetValue<string>().ShouldBe("umbrella.example");
        registered["customer"]!["country"]!.GetValue<string>().ShouldBe("US");
        registered["products"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldBe([product, "Analytics"]);
        DealApi.Number(registered, "estimatedValue").ShouldBe(1_234.5m);
        registered["currency"]!.GetValue<string>().ShouldBe("USD");
        registered["expectedCloseDate"]!.GetValue<string>().ShouldBe("2027-03-31");
        registered["campaignId"]!.GetValue<string>().ShouldBe(campaign.ToString());
        registered["conflictCount"]!.GetValueKind().ShouldBe(JsonValueKind.Number);
        registered["conflictCount"]!.GetValue<int>().ShouldBe(1);
    }

    [Fact]
    public async Task Approving_publishes_deal_approved_with_decision_hours_and_protection_end()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "dealreg.deal-approved");
        var partner = await _partners.ActiveAsync();
        var deal = await Deals.RegisterAsync(partner, estimatedValue: 80_000m);
        service.Advance(TimeSpan.FromHours(6.5));
        var approved = await Deals.ApproveAsync(deal);

        var message = await Received(consumer, "dealreg.deal-approved", deal, partner);

        DealApi.Number(message, "decisionHours").ShouldBe(6.5m);
        DealApi.Utc(message, "protectionExpiresAt").ShouldBe(DealApi.Utc(approved.Body, "protectionExpiresAt"), TimeSpan.FromMilliseconds(1));
        DealApi.Utc(message, "protectionExpiresAt").ShouldBe(service.Now.AddDays(60), TimeSpan.FromMilliseconds(1));
        DealApi.Number(message, "estimatedValue").ShouldBe(80_000m);
        message["currency"]!.GetValue<string>().ShouldBe("USD");
        message["expectedCloseDate"]!.GetValue<string>().ShouldBe("2027-03-31");
        message["campaignId"].ShouldBeNull();
    }

    [Fact]
    public async Task Rejecting_publishes_deal_rejected_with_the_reason_and_decision_hours()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "dealreg.deal-rejected");
        var partner = await _partners.ActiveAsync();
        var deal = await Deals.RegisterAsync(partner);
        service.Advance(TimeSpan.FromHours(12));
        await Deals.PostAsync(deal, "reject", new { reason = "Existing direct opportunity" });

        var message = await Received(consumer, "dealreg.deal-rejected", deal, partner);

        message["reason"]!.GetValue<string>().ShouldBe("Existing direct opportunity");
        DealApi.Number(message, "decisionHours").ShouldBe(12m);
    }

    [Fact]
    public async Task Winning_publishes_deal_won_with_the_actual_value_currency_close_date_and_campaign()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "dealreg.deal-won");
        var partner = await _partners.ActiveAsync();
        var campaign = await new CampaignApi(_manager).CreateAsync(partner);
        var deal = (await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, campaignId: campaign))).Id;
        await Deals.ApproveAsync(deal);
        (await Deals.PostAsync(deal, "win", new { actualValue = 99_999.99m, closedOn = "2026-12-24" })).Status.ShouldBe(HttpStatusCode.OK);

        var message = await Received(consumer, "dealreg.deal-won", deal, partner);

        DealApi.Number(message, "actualValue").ShouldBe(99_999.99m);
        message["currency"]!.GetValue<string>().ShouldBe("USD");
        message["closedOn"]!.GetValue<string>().ShouldBe("2026-12-24");
        message["campaignId"]!.GetValue<string>().ShouldBe(campaign.ToString());
    }

    [Fact]
    public async Task Losing_publishes_deal_lost_with_the_reason()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "dealreg.deal-lost");
        var partner = await _partners.ActiveAsync();
        var deal = await Deals.ApprovedAsync(partner);
        await Deals.PostAsync(deal, "lose", new { reason = "Project cancelled" });

        var message = await Received(consumer, "dealreg.deal-lost", deal, partner);

        message["reason"]!.GetValue<string>().ShouldBe("Project cancelled");
    }

    /// <summary>Waits for the deal's event and checks the envelope and the fields every event carries.</summary>
    private async Task<JsonNode> Received(ForeignConsumer consumer, string exchange, Guid dealId, Guid partnerId)
    {
        var message = await consumer.WaitForAsync(exchange, m => m["dealId"]?.GetValue<string>() == dealId.ToString());
        var delivery = consumer.Deliveries.First(d => d.Exchange == exchange && ReferenceEquals(d.Envelope?["message"], message));
        delivery.ContentType.ShouldBe(MassTransitJson, exchange);
        delivery.MessageId.ShouldNotBeNullOrEmpty(exchange);
        Guid.TryParse(message["eventId"]?.GetValue<string>(), out var eventId).ShouldBeTrue($"{exchange} eventId");
        eventId.ShouldNotBe(Guid.Empty);
        DealApi.Utc(message, "occurredAt").ShouldBe(service.Now, TimeSpan.FromMilliseconds(1), "events happen on the service's clock");
        message["partnerId"]!.GetValue<string>().ShouldBe(partnerId.ToString());
        return message;
    }
}
