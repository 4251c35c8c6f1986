using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.CrossServiceRequests;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// Issue 15's "done means" through the gateway: a German Reseller at 20 % margin paid in EUR registers and wins
/// €50 000 on a date whose EUR→USD rate is 1.0842. The booking shows €50 000 and $54 210.00, the compensation is
/// €10 000 on its EUR payout, the quarter's KPIs count $54 210.00 of partner revenue, and Partner's tier evaluation
/// counts the reporting amount. Rates before and after the close date differ, so only the dated lookup passes.
/// </summary>
[Collection(FullPlatformCollection.Name)]
public sealed class CrossServiceCurrencyTests(FullPlatformFixture platform)
{
    private const string Revenue = "/api/v1/revenue";

    [Fact]
    public async Task A_euro_reseller_wins_50000_euros_booked_as_54210_dollars_with_10000_euros_of_compensation_paid_in_euros()
    {
        await using var consumer = await ForeignConsumer.StartAsync(platform.Broker.Amqp, "revenue.booked");
        using var manager = await platform.ClientAsync(Roles.ChannelManager, name: "Dana Channel");
        // Two quarters back: a quarter no other end-to-end test books into, so its KPIs are this deal's alone.
        var closedOn = QuarterStart(platform.Clock.Today).AddMonths(-6).AddDays(20);
        await RateAsync(manager, closedOn.AddDays(-30), 1.0700m);
        await RateAsync(manager, closedOn, 1.0842m);
        await RateAsync(manager, closedOn.AddDays(1), 1.1500m);
        var partner = await EuroResellerAsync(manager);
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partner, "Jonas VAR");
        var bonus = await RegisteredMarginBonusAsync(manager);

        var registered = await RegisterOnceActiveAsync(partnerUser, EuroDeal(50_000m));
        registered.Str("currency").ShouldBe("EUR");
        (await manager.PostJson($"/api/v1/deals/{registered.Id}/approve", new { notes = "ok" })).Status.ShouldBe(HttpStatusCode.OK);
        (await manager.PostJson($"/api/v1/deals/{registered.Id}/win", new { actualValue = 50_000m, closedOn })).Status.ShouldBe(HttpStatusCode.OK);

        var booking = await Eventually.Get(
            async () => (await partnerUser.GetJson($"{Revenue}/bookings?dealId={registered.Id}")).Body["items"]!.AsArray().FirstOrDefault(), EventTimeout, "Revenue to book the win");
        (Number(booking!, "amount"), Text(booking!, "currency")).ShouldBe((50_000m, "EUR"));
        (Number(booking!, "reportingAmount"), Text(booking!, "reportingCurrency"), Number(booking!, "exchangeRate")).ShouldBe((54_210.00m, "USD", 1.0842m));
        var compensation = booking!["compensation"]!;
        var expected = 50_000m * (20m + bonus) / 100m;
        (Number(compensation, "amount"), Text(compensation, "currency")).ShouldBe((expected, "EUR"));
        (Number(compensation, "payoutAmount"), Text(compensation, "payoutCurrency")).ShouldBe((expected, "EUR"));
        if (bonus == 0m)
            expected.ShouldBe(10_000m, "the issue's figure");

        var booked = await consumer.WaitForAsync("revenue.booked", m => m["dealId"]?.GetValue<string>() == registered.Id.ToString(), EventTimeout);
        (booked["amount"]!.GetValue<decimal>(), booked["currency"]!.GetValue<string>()).ShouldBe((50_000m, "EUR"));
        (booked["reportingAmount"]!.GetValue<decimal>(), booked["reportingCurrency"]!.GetValue<string>()).ShouldBe((54_210.00m, "USD"));

        var quarter = $"{closedOn.Year}-Q{((closedOn.Month - 1) / 3) + 1}";
        var kpis = await manager.GetJson($"{Revenue}/kpis?quarter={quarter}");
        kpis.Status.ShouldBe(HttpStatusCode.OK, kpis.ToString());
        (Number(kpis.Body, "partnerRevenue"), kpis.Str("currency")).ShouldBe((54_210.00m, "USD"));

        var payout = await manager.PostJson($"{Revenue}/payouts", new { partnerId = partner, quarter });
        payout.Status.ShouldBe(HttpStatusCode.Created, payout.ToString());
        (payout.Str("currency"), Number(payout.Body, "amount")).ShouldBe(("EUR", expected));

        await Eventually.True(
            async () => Number((await manager.GetJson($"/api/v1/partners/{partner}/tier-evaluation")).Body, "trailingTwelveMonthRevenue") == 54_210.00m,
            EventTimeout,
            "Partner to count the booking at its reporting amount");
    }

    private static async Task RateAsync(HttpClient manager, DateOnly date, decimal rate)
    {
        var answer = await manager.PutJson($"{Revenue}/exchange-rates/EUR/{date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}", new { rate });
        answer.Status.ShouldBeOneOf([HttpStatusCode.Created, HttpStatusCode.OK], answer.ToString());
    }

    /// <summary>A German VAR whose agreement (20 % margin, paid in EUR) covers the last year and the next two.</summary>
    private async Task<Guid> EuroResellerAsync(HttpClient manager)
    {
        var id = await manager.ProspectAsync();
        (await manager.PostJson($"/api/v1/partners/{id}/evaluation", PartnerRequests.StrongFit)).Status.ShouldBe(HttpStatusCode.OK);
        var from = QuarterStart(platform.Clock.Today).AddYears(-1);
        var agreement = await manager.PostJson($"/api/v1/partners/{id}/agreements", new { effectiveFrom = from, termMonths = 36, marginPercent = 20, payoutCurrency = "EUR" });
        agreement.Status.ShouldBe(HttpStatusCode.Created, agreement.ToString());
        agreement.Str("payoutCurrency").ShouldBe("EUR");
        (await manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement.Id}/sign", new { signedBy = "Geschäftsführer" })).Status.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private static object EuroDeal(decimal value) => new
    {
        customer = new { companyName = UniqueCompany(), country = "DE" },
        products = new[] { UniqueProduct() },
        estimatedValue = value,
        currency = "EUR",
        expectedCloseDate = Today(30),
        description = "Registered in euros end to end",
    };

    private static async Task<decimal> RegisteredMarginBonusAsync(HttpClient manager)
    {
        var tiers = await manager.GetJson("/api/v1/tiers");
        var list = tiers.Body is JsonArray array ? array : tiers.Body["items"]!.AsArray();
        return list.Single(t => t!["tier"]!.GetValue<string>() == "Registered")!["marginBonusPercent"]!.GetValue<decimal>();
    }

    private static decimal Number(JsonNode node, string property) => node[property]!.GetValue<decimal>();

    private static string Text(JsonNode node, string property) => node[property]!.GetValue<string>();
}
