using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.RevenueClient;

namespace Revenue.IntegrationTests;

/// <summary>
/// ADR 0013 end to end in Revenue: wins in any currency, booked at the rate in force on the close date, compensation
/// computed in the deal's currency and paid in the agreement's payout currency; a missing rate keeps the win pending.
/// Each test books into its own quarter (the class shares one service).
/// </summary>
public sealed class ForeignCurrencyBookingTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly RevenueClient _api = new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task A_euro_win_is_booked_in_euros_with_its_dollars_at_the_close_dates_rate_and_pays_euros()
    {
        await RateAsync("EUR", new DateOnly(2023, 5, 1), 1.0842m);
        await RateAsync("EUR", new DateOnly(2023, 6, 1), 1.1000m); // a later rate: not the one of the close date
        var partner = await _events.PartnerAsync(marginBonus: 0m, payoutCurrency: "EUR");

        var deal = await _events.WonDealAsync(partner, 50_000m, new DateOnly(2023, 5, 15), "EUR");

        var booking = await _api.BookingOfDealAsync(deal);
        (Number(booking, "amount"), booking["currency"]!.GetValue<string>()).ShouldBe((50_000m, "EUR"));
        (Number(booking, "reportingAmount"), booking["reportingCurrency"]!.GetValue<string>(), Number(booking, "exchangeRate")).ShouldBe((54_210.00m, "USD", 1.0842m));
        var compensation = booking["compensation"]!;
        (Number(compensation, "amount"), compensation["currency"]!.GetValue<string>()).ShouldBe((10_000m, "EUR"));
        (Number(compensation, "payoutAmount"), compensation["payoutCurrency"]!.GetValue<string>()).ShouldBe((10_000m, "EUR"));
        var kpis = await _api.Client.GetJson($"{Base}/kpis?quarter=2023-Q2");
        (Number(kpis.Body, "partnerRevenue"), kpis.Str("currency")).ShouldBe((54_210.00m, "USD"));
        var booked = await service.OutboxPayloadAsync("revenue.booked", IdOf(booking));
        booked.ShouldNotBeNull();
        booked.ShouldContain("\"reportingAmount\": 54210.00");
        var payout = await _api.PayoutAsync(partner, "2023-Q2");
        (payout.Str("currency"), payout.Dec("amount")).ShouldBe(("EUR", 10_000m));
    }

    [Fact]
    public async Task A_win_whose_rate_is_missing_waits_in_pending_wins_until_the_rate_arrives()
    {
        var partner = await _events.PartnerAsync(marginBonus: 0m);
        var closedOn = new DateOnly(2023, 8, 10);

        var deal = await _events.WonDealAsync(partner, 20_000m, closedOn, "CHF");

        var pending = (await _api.PendingWinsAsync(partner)).Body["items"]!.AsArray().Single()!;
        pending["waitingFor"]!.GetValue<string>().ShouldBe("exchange rate CHF on 2023-08-10");
        (await _api.BookingsAsync($"?dealId={deal}")).Body["items"]!.AsArray().ShouldBeEmpty();

        await RateAsync("CHF", new DateOnly(2023, 8, 1), 1.1300m);

        var booking = await _api.BookingOfDealAsync(deal);
        Number(booking, "reportingAmount").ShouldBe(22_600.00m);
        (Number(booking["compensation"]!, "payoutAmount"), booking["compensation"]!["payoutCurrency"]!.GetValue<string>()).ShouldBe((4_520.00m, "USD"));
        (await _api.PendingWinsAsync(partner)).Body["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_yen_win_paid_in_dinars_keeps_no_decimals_in_yen_and_three_in_dinars()
    {
        await RateAsync("JPY", new DateOnly(2023, 10, 1), 0.0066789m);
        await RateAsync("KWD", new DateOnly(2023, 10, 1), 3.2555m);
        var partner = await _events.PartnerAsync(marginBonus: 0m, payoutCurrency: "KWD", region: "Apac");

        var deal = await _events.WonDealAsync(partner, 6_000_000.4m, new DateOnly(2023, 10, 10), "JPY");

        var booking = await _api.BookingOfDealAsync(deal);
        (Number(booking, "amount"), Number(booking, "reportingAmount")).ShouldBe((6_000_000m, 40_073.40m));
        (Number(booking["compensation"]!, "amount"), Number(booking["compensation"]!, "payoutAmount")).ShouldBe((1_200_000m, 2_461.889m));
        var payout = await _api.PayoutAsync(partner, "2023-Q4");
        (payout.Str("currency"), payout.Dec("amount")).ShouldBe(("KWD", 2_461.889m));
    }

    [Fact]
    public async Task A_full_refund_of_a_paid_euro_booking_claws_back_exactly_what_was_paid_at_the_original_rate()
    {
        await RateAsync("EUR", new DateOnly(2024, 2, 1), 1.0842m);
        var partner = await _events.PartnerAsync(marginBonus: 0m, margin: 17m);
        var deal = await _events.WonDealAsync(partner, 33_333.33m, new DateOnly(2024, 2, 10), "EUR");
        var paid = await _api.PaidPayoutAsync(partner, "2024-Q1", new DateOnly(2024, 4, 15));
        paid.Dec("amount").ShouldBe(6_143.80m);
        await RateAsync("EUR", new DateOnly(2024, 3, 1), 1.2000m); // today's rate differs: the refund must not use it

        var refund = await _api.AdjustAsync(IdOf(await _api.BookingOfDealAsync(deal)), -33_333.33m);

        refund.Status.ShouldBe(HttpStatusCode.Created, refund.ToString());
        (refund.Dec("amount"), refund.Dec("reportingAmount")).ShouldBe((0m, 0m));
        var adjustment = refund.Body["adjustments"]!.AsArray().Single()!;
        (Number(adjustment, "payoutCompensationChange"), adjustment["clawback"]!.GetValue<bool>()).ShouldBe((-6_143.80m, true));
        Number(adjustment, "reportingAmount").ShouldBe(-36_140.00m);
        (await service.Database.ScalarAsync<decimal>("SELECT sum(amount) FROM revenue.compensation_lines WHERE partner_id = @p0", partner)).ShouldBe(0m);
    }

    [Fact]
    public async Task The_pipeline_reports_open_foreign_deals_in_dollars_and_a_deal_without_a_rate_is_422_naming_it()
    {
        await RateAsync("AUD", new DateOnly(2020, 1, 1), 0.6600m);
        var partner = await _events.PartnerAsync(region: "Apac");
        var other = await _events.PartnerAsync(region: "Apac");
        await _events.ApprovedDealAsync(partner, 10_000.01m, service.Today, "AUD");
        await _events.ApprovedDealAsync(partner, 5_000m, service.Today);
        await _events.ApprovedDealAsync(other, 1_000m, service.Today, "NZD");

        var pipeline = await _api.Client.GetJson($"{Base}/pipeline?partnerId={partner}");
        var missing = await _api.Client.GetJson($"{Base}/pipeline?partnerId={other}");

        pipeline.Status.ShouldBe(HttpStatusCode.OK, pipeline.ToString());
        Number(pipeline.Body, "openPipeline").ShouldBe(11_600.01m); // 6 600.0066 → 6 600.01, plus 5 000
        missing.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, missing.ToString());
        missing.Str("detail")!.ShouldContain("NZD");
    }

    [Fact]
    public async Task A_partner_owed_in_two_payout_currencies_gets_one_statement_per_currency()
    {
        await RateAsync("EUR", new DateOnly(2022, 1, 1), 1.0842m);
        var partner = Guid.CreateVersion7();
        await _events.ApplyAsync(UpstreamEvents.Activated(partner, marginBonus: 0m));
        await _events.ApplyAsync(UpstreamEvents.Agreement(partner, "Reseller", new DateOnly(2022, 1, 1), new DateOnly(2022, 6, 30), payoutCurrency: "USD"));
        await _events.ApplyAsync(UpstreamEvents.Agreement(partner, "Reseller", new DateOnly(2022, 7, 1), payoutCurrency: "EUR"));
        await _events.WonDealAsync(partner, 10_000m, new DateOnly(2022, 5, 10));
        await _events.WonDealAsync(partner, 10_000m, new DateOnly(2022, 7, 10));

        var mixed = await _api.PayoutAsync(partner, "2022-Q3");
        var euros = await _api.Client.PostJson($"{Base}/payouts", new { partnerId = partner, quarter = "2022-Q3", currency = "EUR" });
        var dollars = await _api.Client.PostJson($"{Base}/payouts", new { partnerId = partner, quarter = "2022-Q3", currency = "USD" });

        mixed.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, mixed.ToString());
        mixed.Str("detail")!.ShouldContain("EUR and USD");
        (euros.Status, euros.Str("currency"), euros.Dec("amount")).ShouldBe((HttpStatusCode.Created, "EUR", 1_844.68m)); // $2 000 / 1.0842
        (dollars.Status, dollars.Str("currency"), dollars.Dec("amount")).ShouldBe((HttpStatusCode.Created, "USD", 2_000m));
    }

    private async Task RateAsync(string currency, DateOnly date, decimal rate)
    {
        var answer = await _api.SetRateAsync(currency, date, rate);
        answer.Status.ShouldBeOneOf(HttpStatusCode.Created, HttpStatusCode.OK);
    }
}
