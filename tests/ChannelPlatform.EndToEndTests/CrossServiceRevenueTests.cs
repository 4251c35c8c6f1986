using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.CrossServiceRequests;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// Issue 5's "done means" through the gateway, with the services talking only through events: a Reseller
/// at 20 % margin wins a $50 000 deal in DealRegistration; Revenue books it with its compensation,
/// Partner's tier evaluation counts the revenue, the KPIs show the partner share, a payout is built,
/// approved and paid, and a later refund is clawed back on the next payout.
/// </summary>
[Collection(FullPlatformCollection.Name)]
public sealed class CrossServiceRevenueTests(FullPlatformFixture platform)
{
    private const string Revenue = "/api/v1/revenue";

    [Fact]
    public async Task A_won_deal_becomes_a_booking_with_its_compensation_and_is_paid_and_clawed_back()
    {
        await using var consumer = await ForeignConsumer.StartAsync(platform.Broker.Amqp, "revenue.booked", "revenue.payout-paid", "revenue.booking-adjusted");
        using var manager = await platform.ClientAsync(Roles.ChannelManager, name: "Dana Channel");
        var partner = await ResellerAt20PercentAsync(manager);
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partner, "Alex Reseller");
        var bonus = await RegisteredMarginBonusAsync(manager);

        // Closed last quarter, so that quarter's statement can be paid now and this quarter's is the next one.
        var lastQuarterEnd = QuarterStart(platform.Clock.Today).AddDays(-1);
        var dealId = await WonDealAsync(manager, partnerUser, 50_000m, lastQuarterEnd);

        var booking = await Eventually.Get(async () => (await partnerUser.GetJson($"{Revenue}/bookings?dealId={dealId}")).Body["items"]!.AsArray().FirstOrDefault(), EventTimeout, "Revenue to book the win");
        Number(booking!, "amount").ShouldBe(50_000m);
        var compensation = booking!["compensation"]!;
        compensation["basis"]!.GetValue<string>().ShouldBe("Margin");
        Number(compensation, "amount").ShouldBe(10_000m + (50_000m * bonus / 100m), "20 % margin plus the tier's bonus");
        var booked = await consumer.WaitForAsync("revenue.booked", m => m["dealId"]?.GetValue<string>() == dealId.ToString(), EventTimeout);
        booked["compensationAmount"]!.GetValue<decimal>().ShouldBe(Number(compensation, "amount"));

        // revenue.booked reaches Partner's tier evaluation.
        await Eventually.True(
            async () => Number((await manager.GetJson($"/api/v1/partners/{partner}/tier-evaluation")).Body, "trailingTwelveMonthRevenue") == 50_000m,
            EventTimeout,
            "Partner to count the booked revenue");

        // The quarter's KPIs: partner revenue against a direct booking.
        var quarter = QuarterOf(lastQuarterEnd);
        (await manager.PostJson($"{Revenue}/direct-bookings", new { amount = 150_000m, currency = "USD", bookedOn = lastQuarterEnd, region = "Emea" })).Status.ShouldBe(HttpStatusCode.Created);
        var kpis = await manager.GetJson($"{Revenue}/kpis?quarter={quarter}");
        kpis.Status.ShouldBe(HttpStatusCode.OK, kpis.ToString());
        Number(kpis.Body, "partnerRevenue").ShouldBeGreaterThanOrEqualTo(50_000m);
        Number(kpis.Body, "directRevenue").ShouldBeGreaterThanOrEqualTo(150_000m);
        Number(kpis.Body, "partnerRevenueShare").ShouldBe(Math.Round(Number(kpis.Body, "partnerRevenue") * 100m / Number(kpis.Body, "totalRevenue"), 2, MidpointRounding.AwayFromZero));
        (await partnerUser.GetJson($"{Revenue}/kpis")).Status.ShouldBe(HttpStatusCode.Forbidden);

        // The payout: built, approved, paid; the partner sees its statement.
        var payout = await manager.PostJson($"{Revenue}/payouts", new { partnerId = partner, quarter });
        payout.Status.ShouldBe(HttpStatusCode.Created, payout.ToString());
        Number(payout.Body, "amount").ShouldBe(Number(compensation, "amount"));
        (await manager.PostJson($"{Revenue}/payouts/{payout.Id}/approve", new { })).Status.ShouldBe(HttpStatusCode.OK);
        (await manager.PostJson($"{Revenue}/payouts/{payout.Id}/mark-paid", new { paidOn = Today(), reference = "WIRE-2026-001" })).Status.ShouldBe(HttpStatusCode.OK);
        (await manager.PostJson($"{Revenue}/payouts", new { partnerId = partner, quarter = NextQuarter(NextQuarter(quarter)) })).Status
            .ShouldBe(HttpStatusCode.UnprocessableEntity, "no statement for a quarter that has not started");
        (await partnerUser.GetJson($"{Revenue}/payouts/{payout.Id}")).Str("status").ShouldBe("Paid");
        (await consumer.WaitForAsync("revenue.payout-paid", m => m["payoutId"]?.GetValue<string>() == payout.Id.ToString(), EventTimeout))["amount"]!.GetValue<decimal>()
            .ShouldBe(Number(compensation, "amount"));

        // A later $10 000 refund: the paid compensation is clawed back on the next payout.
        var refund = await manager.PostJson($"{Revenue}/bookings/{booking["id"]!.GetValue<string>()}/adjustments", new { amount = -10_000m, reason = "Customer refund" });
        refund.Status.ShouldBe(HttpStatusCode.Created, refund.ToString());
        var clawback = 10_000m * (20m + bonus) / 100m;
        Number(refund.Body["adjustments"]![0]!, "compensationChange").ShouldBe(-clawback);
        await consumer.WaitForAsync("revenue.booking-adjusted", m => m["dealId"]?.GetValue<string>() == dealId.ToString(), EventTimeout);
        await Eventually.True(
            async () => Number((await manager.GetJson($"/api/v1/partners/{partner}/tier-evaluation")).Body, "trailingTwelveMonthRevenue") == 40_000m,
            EventTimeout,
            "Partner to count the refund");

        var secondDeal = await WonDealAsync(manager, partnerUser, 30_000m, platform.Clock.Today);
        await Eventually.True(async () => (await manager.GetJson($"{Revenue}/bookings?dealId={secondDeal}")).Body["items"]!.AsArray().Count == 1, EventTimeout, "the second booking");
        var next = await manager.PostJson($"{Revenue}/payouts", new { partnerId = partner, quarter = NextQuarter(quarter) });
        next.Status.ShouldBe(HttpStatusCode.Created, next.ToString());
        Number(next.Body, "clawbackTotal").ShouldBe(-clawback);
        Number(next.Body, "amount").ShouldBe((30_000m * (20m + bonus) / 100m) - clawback);
    }

    private static async Task<decimal> RegisteredMarginBonusAsync(HttpClient manager)
    {
        var tiers = await manager.GetJson("/api/v1/tiers");
        var list = tiers.Body is JsonArray array ? array : tiers.Body["items"]!.AsArray();
        return list.Single(t => t!["tier"]!.GetValue<string>() == "Registered")!["marginBonusPercent"]!.GetValue<decimal>();
    }

    private static decimal Number(JsonNode node, string property) => node[property]!.GetValue<decimal>();


    private static string QuarterOf(DateOnly date) => $"{date.Year}-Q{((date.Month - 1) / 3) + 1}";

    private static string NextQuarter(string quarter)
    {
        var (year, n) = (int.Parse(quarter[..4], System.Globalization.CultureInfo.InvariantCulture), quarter[6] - '0');
        return n == 4 ? $"{year + 1}-Q1" : $"{year}-Q{n + 1}";
    }
}
