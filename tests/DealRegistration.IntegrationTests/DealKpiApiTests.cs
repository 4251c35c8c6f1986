using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>KPIs computed in SQL over deals decided at known hours on the fake clock.</summary>
public sealed class DealKpiApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private DealApi Deals => new(_manager, service);

    [Fact]
    public async Task Decision_times_sla_share_approval_and_win_rates_are_computed_from_the_decisions()
    {
        var partner = await _partners.ActiveAsync();
        var d = new Guid[6];
        for (var i = 0; i < d.Length; i++)
            d[i] = await Deals.RegisterAsync(partner);
        // Decided after 2, 10, 20, 30 and 60 hours; d[5] stays pending and becomes overdue.
        await DecideAt(2, d[0], approve: true);
        await DecideAt(10, d[1], approve: false);
        await DecideAt(20, d[2], approve: true);
        await DecideAt(30, d[3], approve: true);
        await DecideAt(60, d[4], approve: false);
        var fresh = await Deals.RegisterAsync(partner);
        (await Deals.PostAsync(d[0], "win", new { actualValue = 10_000m, closedOn = "2026-11-27" })).Status.ShouldBe(HttpStatusCode.OK);
        (await Deals.PostAsync(d[2], "lose", new { reason = "Budget cut" })).Status.ShouldBe(HttpStatusCode.OK);
        (await Deals.PostAsync(d[3], "win", new { actualValue = 20_000m, closedOn = "2026-11-27" })).Status.ShouldBe(HttpStatusCode.OK);

        var kpis = await _manager.GetJson($"/api/v1/deals/kpis?partnerId={partner}");

        kpis.Status.ShouldBe(HttpStatusCode.OK, kpis.ToString());
        var k = kpis.Body;
        k["submitted"]!.GetValue<int>().ShouldBe(7);
        k["approved"]!.GetValue<int>().ShouldBe(3, "approved, then won or lost, still counts as approved");
        k["rejected"]!.GetValue<int>().ShouldBe(2);
        k["pending"]!.GetValue<int>().ShouldBe(2);
        k["overdue"]!.GetValue<int>().ShouldBe(1);
        DealApi.Number(k, "medianDecisionHours").ShouldBe(20m);
        DealApi.Number(k, "p90DecisionHours").ShouldBe(48m, "percentile_cont: 30 + 0.6 × (60 − 30)");
        DealApi.Number(k, "decidedWithinSlaPercent").ShouldBe(66.7m, "4 of 5 decided within 48 h, plus 1 overdue miss: 4 / 6");
        DealApi.Number(k, "approvalRate").ShouldBe(60m, "3 of 5 decided");
        DealApi.Number(k, "winRate").ShouldBe(66.7m, "2 won, 1 lost");
        fresh.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task A_window_without_deals_has_zero_counts_and_no_rates()
    {
        var kpis = await _manager.GetJson($"/api/v1/deals/kpis?from=2020-01-01&to=2020-02-01&partnerId={Guid.NewGuid()}");

        kpis.Status.ShouldBe(HttpStatusCode.OK, kpis.ToString());
        kpis.Str("from").ShouldBe("2020-01-01");
        kpis.Body["submitted"]!.GetValue<int>().ShouldBe(0);
        kpis.Body["medianDecisionHours"].ShouldBeNull();
        kpis.Body["approvalRate"].ShouldBeNull();
        kpis.Body["winRate"].ShouldBeNull();
    }

    [Fact]
    public async Task A_window_that_ends_before_it_starts_is_a_400()
    {
        var kpis = await _manager.GetJson("/api/v1/deals/kpis?from=2026-02-01&to=2026-01-01");

        kpis.Status.ShouldBe(HttpStatusCode.BadRequest, kpis.ToString());
    }

    [Fact]
    public async Task Kpis_are_for_internal_readers_not_partner_users()
    {
        (await service.Client(Roles.Integration).GetJson("/api/v1/deals/kpis")).Status.ShouldBe(HttpStatusCode.OK);
        (await service.Client(Roles.Partner, Guid.NewGuid()).GetJson("/api/v1/deals/kpis")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task DecideAt(int hour, Guid deal, bool approve)
    {
        var elapsed = service.Now - DealApi.Utc((await Deals.GetAsync(deal)).Body, "submittedAt");
        service.Advance(TimeSpan.FromHours(hour) - elapsed);
        var answer = approve ? await Deals.ApproveAsync(deal) : await Deals.PostAsync(deal, "reject", new { reason = "Not a fit" });
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Body["decisionHours"]!.GetValue<double>().ShouldBe(hour);
    }
}
