using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.RevenueClient;

namespace Revenue.IntegrationTests;

/// <summary>dealreg.deal-won → one booking with the compensation of the agreement in force on the close date.</summary>
public sealed class BookingFromWinTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly RevenueClient _api = new(service.Client(Roles.ChannelManager));

    [Theory]
    [InlineData("Reseller", "Margin", 22, 11000)]
    [InlineData("Msp", "Margin", 22, 11000)]
    [InlineData("Referral", "Commission", 10, 5000)]
    [InlineData("SystemIntegrator", "ReferralFee", 15, 7500)]
    [InlineData("Technology", "RevenueShare", 25, 12500)]
    public async Task A_won_deal_is_booked_with_the_compensation_of_its_partner_type(string type, string basis, decimal percent, decimal compensation)
    {
        var partner = await _events.PartnerAsync(type, "Silver", marginBonus: 2m);
        var deal = await _events.WonDealAsync(partner, 50_000m, service.Today);

        var booking = await _api.BookingOfDealAsync(deal);

        Number(booking, "amount").ShouldBe(50_000m);
        booking["kind"]!.GetValue<string>().ShouldBe("Partner");
        booking["region"]!.GetValue<string>().ShouldBe("Emea");
        booking["partnerId"]!.GetValue<Guid>().ShouldBe(partner);
        var comp = booking["compensation"]!;
        comp["basis"]!.GetValue<string>().ShouldBe(basis);
        Number(comp, "percent").ShouldBe(percent);
        Number(comp, "amount").ShouldBe(compensation);
        comp["status"]!.GetValue<string>().ShouldBe("Accrued");
        (await service.OutboxCountAsync("revenue.booked", IdOf(booking))).ShouldBe(1);
        var payload = await service.OutboxPayloadAsync("revenue.booked", IdOf(booking));
        payload.ShouldNotBeNull().ShouldContain("\"compensationAmount\": " + compensation.ToString(System.Globalization.CultureInfo.InvariantCulture), Case.Insensitive);
    }

    [Fact]
    public async Task A_redelivered_or_duplicated_win_books_once()
    {
        var partner = await _events.PartnerAsync();
        var deal = await _events.ApprovedDealAsync(partner, 10_000m, service.Today);
        var win = UpstreamEvents.Won(deal, partner, 10_000m, service.Today);

        await _events.ApplyAsync(win);
        await _events.ApplyAsync(win); // the same message again: the inbox drops it
        await _events.ApplyAsync(win with { EventId = Guid.NewGuid() }, Guid.NewGuid()); // another message for the same win: the deal key holds

        var list = await _api.BookingsAsync($"?dealId={deal}");
        list.Body["items"]!.AsArray().Count.ShouldBe(1);
        var booking = list.Body["items"]![0]!;
        (await service.OutboxCountAsync("revenue.booked", IdOf(booking))).ShouldBe(1);
    }

    [Fact]
    public async Task A_win_that_arrives_before_the_agreement_waits_and_is_booked_when_the_terms_arrive()
    {
        var partner = Guid.CreateVersion7();
        var deal = Guid.CreateVersion7();
        await _events.ApplyAsync(UpstreamEvents.Won(deal, partner, 40_000m, service.Today)); // before anything else
        (await _api.BookingsAsync($"?dealId={deal}")).Body["items"]!.AsArray().Count.ShouldBe(0, "no booking without terms");

        await _events.ApplyAsync(UpstreamEvents.Activated(partner, "Reseller", "Gold", 5m));
        (await _api.BookingsAsync($"?dealId={deal}")).Body["items"]!.AsArray().Count.ShouldBe(0, "still no agreement");
        var waiting = await _api.Client.GetJson($"{Base}/pending-wins?partnerId={partner}");
        waiting.Status.ShouldBe(HttpStatusCode.OK, waiting.ToString());
        waiting.Body["items"]!.AsArray().Single()!["waitingFor"]!.GetValue<string>().ShouldContain("agreement");
        (await service.Client(Roles.Partner, partner).GetJson($"{Base}/pending-wins")).Status.ShouldBe(HttpStatusCode.Forbidden);

        await _events.ApplyAsync(UpstreamEvents.Agreement(partner, "Reseller", UpstreamEvents.LongAgo, margin: 20m));
        var booking = await _api.BookingOfDealAsync(deal);
        Number(booking["compensation"]!, "amount").ShouldBe(10_000m, "20 % margin + 5 % Gold bonus on 40 000");
        Number(booking["compensation"]!, "tierBonusPercent").ShouldBe(5m);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM revenue.pending_wins WHERE deal_id = @p0", deal)).ShouldBe(0);
        (await _api.Client.GetJson($"{Base}/pending-wins?partnerId={partner}")).Body["items"]!.AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task The_agreement_in_force_on_the_close_date_prices_the_deal_not_the_newest_one()
    {
        var partner = Guid.CreateVersion7();
        await _events.ApplyAsync(UpstreamEvents.Activated(partner, "Reseller", "Registered", 0m));
        await _events.ApplyAsync(UpstreamEvents.Agreement(partner, "Reseller", new DateOnly(2020, 1, 1), new DateOnly(2024, 12, 31), margin: 10m));
        await _events.ApplyAsync(UpstreamEvents.Agreement(partner, "Reseller", new DateOnly(2025, 1, 1), margin: 30m));

        var old = await _events.WonDealAsync(partner, 1_000m, new DateOnly(2024, 6, 30));
        var recent = await _events.WonDealAsync(partner, 1_000m, service.Today);

        Number((await _api.BookingOfDealAsync(old))["compensation"]!, "amount").ShouldBe(100m);
        Number((await _api.BookingOfDealAsync(recent))["compensation"]!, "amount").ShouldBe(300m);
    }

    [Fact]
    public async Task A_win_closed_before_any_agreement_was_effective_waits()
    {
        var partner = Guid.CreateVersion7();
        await _events.ApplyAsync(UpstreamEvents.Activated(partner));
        await _events.ApplyAsync(UpstreamEvents.Agreement(partner, "Reseller", service.Today.AddDays(10)));
        var deal = await _events.WonDealAsync(partner, 5_000m, service.Today);

        (await _api.BookingsAsync($"?dealId={deal}")).Body["items"]!.AsArray().Count.ShouldBe(0);
        (await service.Database.ScalarAsync<string>("SELECT waiting_for FROM revenue.pending_wins WHERE deal_id = @p0", deal)).ShouldNotBeNull().ShouldContain("agreement");
    }

    [Fact]
    public async Task The_bookings_list_filters_by_partner_quarter_region_and_kind_and_pages()
    {
        var partner = await _events.PartnerAsync(region: "Apac");
        var q1 = new DateOnly(2025, 2, 10);
        var q2 = new DateOnly(2025, 5, 10);
        await _events.WonDealAsync(partner, 100m, q1);
        await _events.WonDealAsync(partner, 200m, q1);
        await _events.WonDealAsync(partner, 300m, q2);

        var inQ1 = await _api.BookingsAsync($"?partnerId={partner}&quarter=2025-Q1");
        inQ1.Body["items"]!.AsArray().Select(b => Number(b!, "amount")).Order().ShouldBe([100m, 200m]);
        (await _api.BookingsAsync($"?partnerId={partner}&region=Emea")).Body["items"]!.AsArray().Count.ShouldBe(0);
        (await _api.BookingsAsync($"?partnerId={partner}&region=Apac&kind=Partner")).Body["items"]!.AsArray().Count.ShouldBe(3);

        var first = await _api.BookingsAsync($"?partnerId={partner}&limit=2");
        first.Body["items"]!.AsArray().Count.ShouldBe(2);
        var cursor = first.Body["nextCursor"]!.GetValue<string>();
        var second = await _api.BookingsAsync($"?partnerId={partner}&limit=2&cursor={Uri.EscapeDataString(cursor)}");
        second.Body["items"]!.AsArray().Count.ShouldBe(1);
        second.Body["nextCursor"].ShouldBeNull();
    }

    [Theory]
    [InlineData("?quarter=2025-Q5", "quarter")]
    [InlineData("?region=Mars", "region")]
    [InlineData("?kind=Barter", "kind")]
    [InlineData("?limit=500", "limit")]
    public async Task Bad_filters_are_400_naming_the_field(string query, string field)
    {
        var answer = await _api.BookingsAsync(query);
        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(field);
    }

    [Fact]
    public async Task An_unknown_booking_is_404()
    {
        var answer = await _api.Client.GetJson($"{Base}/bookings/{Guid.NewGuid()}");
        answer.Status.ShouldBe(HttpStatusCode.NotFound);
        answer.ContentType.ShouldBe("application/problem+json");
    }
}
