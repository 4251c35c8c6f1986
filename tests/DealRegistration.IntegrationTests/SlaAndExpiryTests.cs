using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>The time-driven rules on the fake clock: SLA at risk (36 h), breached (48 h), protection expiry; exactly once even with two sweeps racing.</summary>
public sealed class SlaAndExpiryTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private const string AtRisk = "dealreg.deal-sla-at-risk";
    private const string Breached = "dealreg.deal-sla-breached";
    private const string Expired = "dealreg.deal-expired";

    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private DealApi Deals => new(_manager, service);

    [Fact]
    public async Task A_pending_deal_is_flagged_at_risk_after_36_hours_and_breached_after_48_hours_each_once()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, AtRisk, Breached);
        var partner = await _partners.ActiveAsync();
        var pending = await Deals.RegisterAsync(partner);
        var decided = await Deals.RegisterAsync(partner);
        var dueAt = DealApi.Utc((await Deals.GetAsync(pending)).Body, "decisionDueAt");

        service.Advance(TimeSpan.FromHours(36) - TimeSpan.FromMinutes(1));
        await service.SweepAsync();
        (await service.OutboxAsync(AtRisk, pending)).Total.ShouldBe(0, "not yet past 36 h at 35:59");
        (await Deals.ApproveAsync(decided)).Status.ShouldBe(HttpStatusCode.OK);
        service.Advance(TimeSpan.FromMinutes(2));
        await service.SweepAsync();
        await service.SweepAsync();

        var atRisk = await consumer.WaitForAsync(AtRisk, m => m["dealId"]!.GetValue<string>() == pending.ToString());
        atRisk["partnerId"]!.GetValue<string>().ShouldBe(partner.ToString());
        DealApi.Utc(atRisk, "decisionDueAt").ShouldBe(dueAt, TimeSpan.FromMilliseconds(1));
        (await service.OutboxAsync(Breached, pending)).Total.ShouldBe(0, "not breached at 36:01");

        service.Advance(TimeSpan.FromHours(12));
        await service.SweepAsync();
        await service.SweepAsync();

        var breached = await consumer.WaitForAsync(Breached, m => m["dealId"]!.GetValue<string>() == pending.ToString());
        DealApi.Utc(breached, "decisionDueAt").ShouldBe(dueAt, TimeSpan.FromMilliseconds(1));
        (await service.OutboxAsync(AtRisk, pending)).ShouldBe((1L, 0L));
        (await service.OutboxAsync(Breached, pending)).ShouldBe((1L, 0L));
        consumer.Messages(AtRisk, m => m["dealId"]!.GetValue<string>() == pending.ToString()).Count().ShouldBe(1);
        consumer.Messages(Breached, m => m["dealId"]!.GetValue<string>() == pending.ToString()).Count().ShouldBe(1);
        (await service.OutboxAsync(AtRisk, decided)).Total.ShouldBe(0, "a decided deal is never at risk");
        (await service.OutboxAsync(Breached, decided)).Total.ShouldBe(0);
    }

    [Fact]
    public async Task An_approved_deal_past_its_protection_expires_and_publishes_deal_expired()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, Expired);
        var partner = await _partners.ActiveAsync(protectionDays: 2);
        var deal = await Deals.ApprovedAsync(partner);

        service.Advance(TimeSpan.FromDays(2) - TimeSpan.FromMinutes(1));
        await service.SweepAsync();
        (await Deals.GetAsync(deal)).Str("status").ShouldBe("Approved");
        service.Advance(TimeSpan.FromMinutes(1));
        await service.SweepAsync();

        var expired = await Deals.GetAsync(deal);
        expired.Str("status").ShouldBe("Expired");
        var last = expired.Body["history"]!.AsArray().Last()!;
        last["status"]!.GetValue<string>().ShouldBe("Expired");
        last["by"]!.GetValue<string>().ShouldBe("system");
        var message = await consumer.WaitForAsync(Expired, m => m["dealId"]!.GetValue<string>() == deal.ToString());
        message["partnerId"]!.GetValue<string>().ShouldBe(partner.ToString());
        (await Deals.PostAsync(deal, "win", new { actualValue = 1m, closedOn = "2026-12-01" })).Status.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Two_sweeps_racing_over_20_due_deals_publish_each_event_exactly_once()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, AtRisk, Breached);
        var partner = await _partners.ActiveAsync();
        var deals = new List<Guid>();
        for (var i = 0; i < 20; i++)
            deals.Add(await Deals.RegisterAsync(partner));
        service.Advance(TimeSpan.FromHours(49));

        var results = await Task.WhenAll(service.SweepAsync(), service.SweepAsync());

        (results[0].AtRisk + results[1].AtRisk).ShouldBeGreaterThanOrEqualTo(20);
        (results[0].Breached + results[1].Breached).ShouldBeGreaterThanOrEqualTo(20);
        foreach (var deal in deals)
        {
            (await service.OutboxAsync(AtRisk, deal)).Total.ShouldBe(1, $"at-risk rows of {deal}");
            (await service.OutboxAsync(Breached, deal)).Total.ShouldBe(1, $"breached rows of {deal}");
        }

        await Eventually.True(
            () => Task.FromResult(consumer.Messages(AtRisk, ForeignConsumer.ForPartner(partner)).Count() >= 20 && consumer.Messages(Breached, ForeignConsumer.ForPartner(partner)).Count() >= 20),
            what: "20 at-risk and 20 breached events");
        foreach (var exchange in new[] { AtRisk, Breached })
        {
            var dealIds = consumer.Messages(exchange, ForeignConsumer.ForPartner(partner)).Select(m => m["dealId"]!.GetValue<string>()).ToList();
            dealIds.ShouldBe(deals.Select(d => d.ToString()), ignoreOrder: true, exchange);
        }
    }

    [Fact]
    public async Task Overdue_lists_only_pending_deals_past_their_decision_time()
    {
        var partner = await _partners.ActiveAsync();
        var late = await Deals.RegisterAsync(partner);
        var decided = await Deals.RegisterAsync(partner);
        (await Deals.ApproveAsync(decided)).Status.ShouldBe(HttpStatusCode.OK);
        service.Advance(TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1));
        var fresh = await Deals.RegisterAsync(partner);

        var overdue = await _manager.GetJson($"/api/v1/deals?overdue=true&partnerId={partner}");
        var notOverdue = await _manager.GetJson($"/api/v1/deals?overdue=false&partnerId={partner}");

        overdue.Status.ShouldBe(HttpStatusCode.OK, overdue.ToString());
        DealApi.Ids(overdue).ShouldBe([late.ToString()]);
        DealApi.Items(overdue).Single()["overdue"]!.GetValue<bool>().ShouldBeTrue();
        DealApi.Ids(notOverdue).ShouldBe([decided.ToString(), fresh.ToString()], ignoreOrder: true);
        (await Deals.GetAsync(late)).Body["overdue"]!.GetValue<bool>().ShouldBeTrue();
    }
}
