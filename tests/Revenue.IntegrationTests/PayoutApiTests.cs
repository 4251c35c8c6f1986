using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.RevenueClient;

namespace Revenue.IntegrationTests;

/// <summary>Payout statements: built from unpaid lines up to the quarter's end, approved, paid; clawbacks net against the next one.</summary>
public sealed class PayoutApiTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private static readonly DateOnly InQ1 = new(2025, 2, 15);
    private static readonly DateOnly InQ2 = new(2025, 5, 15);
    private readonly UpstreamEvents _events = new(service);
    private readonly RevenueClient _api = new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task A_won_deal_is_paid_out_and_a_later_refund_is_clawed_back_on_the_next_payout()
    {
        var partner = await _events.PartnerAsync("Reseller", "Silver", marginBonus: 2m);
        var deal = await _events.WonDealAsync(partner, 50_000m, InQ1);
        var booking = await _api.BookingOfDealAsync(deal);
        Number(booking["compensation"]!, "amount").ShouldBe(11_000m);

        var built = await _api.PayoutAsync(partner, "2025-Q1");
        built.Status.ShouldBe(HttpStatusCode.Created, built.ToString());
        built.Location.ShouldBe($"/api/v1/revenue/payouts/{built.Id}");
        built.Str("status").ShouldBe("Draft");
        Number(built.Body, "amount").ShouldBe(11_000m);
        built.Body["lines"]!.AsArray().Count.ShouldBe(1);
        (await _api.BookingOfDealAsync(deal))["compensation"]!["status"]!.GetValue<string>().ShouldBe("Accrued");

        var approved = await _api.ApprovePayoutAsync(built.Id);
        approved.Status.ShouldBe(HttpStatusCode.OK, approved.ToString());
        approved.Str("status").ShouldBe("Approved");
        (await _api.BookingOfDealAsync(deal))["compensation"]!["status"]!.GetValue<string>().ShouldBe("Approved");

        var paid = await _api.MarkPaidAsync(built.Id, new DateOnly(2025, 4, 10));
        paid.Status.ShouldBe(HttpStatusCode.OK, paid.ToString());
        paid.Str("status").ShouldBe("Paid");
        paid.Str("paidOn").ShouldBe("2025-04-10");
        (await _api.BookingOfDealAsync(deal))["compensation"]!["status"]!.GetValue<string>().ShouldBe("Paid");
        (await service.OutboxCountAsync("revenue.payout-paid", built.Id)).ShouldBe(1);
        (await service.OutboxPayloadAsync("revenue.payout-paid", built.Id)).ShouldNotBeNull().ShouldContain("2025-Q1");

        var refund = await _api.Client.PostJson($"{Base}/bookings/{IdOf(booking)}/adjustments", new { amount = -10_000m, reason = "Customer refund", adjustedOn = InQ2 });
        refund.Status.ShouldBe(HttpStatusCode.Created, refund.ToString());
        Number(refund.Body, "amount").ShouldBe(40_000m);
        Number(refund.Body["compensation"]!, "amount").ShouldBe(8_800m);
        var adjustment = refund.Body["adjustments"]![0]!;
        Number(adjustment, "compensationChange").ShouldBe(-2_200m);
        adjustment["clawback"]!.GetValue<bool>().ShouldBeTrue();
        (await service.OutboxCountAsync("revenue.booking-adjusted", IdOf(booking))).ShouldBe(1);

        await _events.WonDealAsync(partner, 20_000m, InQ2);
        var next = await _api.PayoutAsync(partner, "2025-Q2");
        next.Status.ShouldBe(HttpStatusCode.Created, next.ToString());
        Number(next.Body, "compensationTotal").ShouldBe(4_400m);
        Number(next.Body, "clawbackTotal").ShouldBe(-2_200m);
        Number(next.Body, "amount").ShouldBe(2_200m);
        next.Body["lines"]!.AsArray().Select(l => l!["kind"]!.GetValue<string>()).Order().ShouldBe(["Clawback", "Compensation"]);
    }

    [Fact]
    public async Task A_refund_before_payment_is_an_adjustment_in_the_same_payout_not_a_clawback()
    {
        var partner = await _events.PartnerAsync("Referral");
        var deal = await _events.WonDealAsync(partner, 10_000m, InQ1);
        var booking = await _api.BookingOfDealAsync(deal);

        var refund = await _api.Client.PostJson($"{Base}/bookings/{IdOf(booking)}/adjustments", new { amount = -2_500m, reason = "Partial refund", adjustedOn = InQ1.AddDays(10) });
        refund.Status.ShouldBe(HttpStatusCode.Created, refund.ToString());
        refund.Body["adjustments"]![0]!["clawback"]!.GetValue<bool>().ShouldBeFalse();

        var payout = await _api.PayoutAsync(partner, "2025-Q1");
        Number(payout.Body, "compensationTotal").ShouldBe(1_000m);
        Number(payout.Body, "adjustmentTotal").ShouldBe(-250m);
        Number(payout.Body, "amount").ShouldBe(750m);

        // Adjusted after the quarter: the change waits for a later quarter's payout.
        var deal2 = await _events.WonDealAsync(partner, 10_000m, InQ1);
        var late = await _api.Client.PostJson($"{Base}/bookings/{IdOf(await _api.BookingOfDealAsync(deal2))}/adjustments", new { amount = -1_000m, reason = "Late refund", adjustedOn = InQ2 });
        late.Status.ShouldBe(HttpStatusCode.Created);
        var q2 = await _api.PayoutAsync(partner, "2025-Q2");
        Number(q2.Body, "compensationTotal").ShouldBe(1_000m, "the Q1 straggler joins the next statement");
        Number(q2.Body, "adjustmentTotal").ShouldBe(-100m);
    }

    [Fact]
    public async Task A_line_is_never_in_two_payouts_even_when_statements_are_built_at_once()
    {
        var partner = await _events.PartnerAsync();
        await _events.WonDealAsync(partner, 1_000m, InQ1);

        var answers = await Task.WhenAll(
            new RevenueClient(service.Client(Roles.ChannelManager)).PayoutAsync(partner, "2025-Q1"),
            new RevenueClient(service.Client(Roles.ChannelManager)).PayoutAsync(partner, "2025-Q2"),
            new RevenueClient(service.Client(Roles.ChannelManager)).PayoutAsync(partner, "2025-Q3"));

        answers.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(1, string.Join("\n", answers.Select(a => a.ToString())));
        answers.Where(a => a.Status != HttpStatusCode.Created).ShouldAllBe(a => a.Status == HttpStatusCode.UnprocessableEntity);
        (await service.Database.ScalarAsync<long>(
            "SELECT count(DISTINCT payout_id) FROM revenue.compensation_lines WHERE partner_id = @p0 AND payout_id IS NOT NULL", partner)).ShouldBe(1);
    }

    [Fact]
    public async Task Payout_errors_are_problem_details()
    {
        var partner = await _events.PartnerAsync();
        (await _api.PayoutAsync(partner, "2025-Q1")).Status.ShouldBe(HttpStatusCode.UnprocessableEntity, "nothing to pay");
        (await _api.PayoutAsync(Guid.NewGuid(), "2025-Q1")).Status.ShouldBe(HttpStatusCode.NotFound);
        var bad = await _api.Client.PostJson($"{Base}/payouts", new { partnerId = partner, quarter = "Q1-2025" });
        bad.Status.ShouldBe(HttpStatusCode.BadRequest);
        bad.ErrorFields.ShouldContain("quarter");

        await _events.WonDealAsync(partner, 1_000m, InQ1);
        var built = await _api.PayoutAsync(partner, "2025-Q1");
        (await _api.PayoutAsync(partner, "2025-Q1")).Status.ShouldBe(HttpStatusCode.Conflict, "one payout per partner and quarter");
        (await _api.MarkPaidAsync(built.Id, InQ2)).Status.ShouldBe(HttpStatusCode.Conflict, "not approved yet");
        var noReference = await _api.Client.PostJson($"{Base}/payouts/{built.Id}/mark-paid", new { paidOn = InQ2 });
        noReference.Status.ShouldBe(HttpStatusCode.BadRequest);
        noReference.ErrorFields.ShouldContain("reference");
        var stale = await _api.Client.PostJson($"{Base}/payouts/{built.Id}/approve", new { }, new Dictionary<string, string> { ["If-Match"] = "\"v99\"" });
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await _api.ApprovePayoutAsync(built.Id)).Status.ShouldBe(HttpStatusCode.OK);
        (await _api.ApprovePayoutAsync(built.Id)).Status.ShouldBe(HttpStatusCode.Conflict);
        (await _api.ApprovePayoutAsync(Guid.NewGuid())).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Payouts_are_listed_by_partner_quarter_and_status()
    {
        var partner = await _events.PartnerAsync();
        await _events.WonDealAsync(partner, 1_000m, InQ1);
        var q1 = await _api.PayoutAsync(partner, "2025-Q1");
        await _events.WonDealAsync(partner, 2_000m, InQ2);
        await _api.PayoutAsync(partner, "2025-Q2");
        await _api.ApprovePayoutAsync(q1.Id);

        var all = await _api.Client.GetJson($"{Base}/payouts?partnerId={partner}");
        all.Body["items"]!.AsArray().Count.ShouldBe(2);
        var approved = await _api.Client.GetJson($"{Base}/payouts?partnerId={partner}&status=Approved");
        approved.Body["items"]!.AsArray().Single()!["quarter"]!.GetValue<string>().ShouldBe("2025-Q1");
        var one = await _api.Client.GetJson($"{Base}/payouts/{q1.Id}");
        one.Status.ShouldBe(HttpStatusCode.OK);
        one.ETag.ShouldNotBeNull();
        one.Body["lines"]!.AsArray().Count.ShouldBe(1);
    }

    [Fact]
    public async Task A_draft_statement_can_be_cancelled_and_rebuilt_and_a_future_quarter_has_none()
    {
        var partner = await _events.PartnerAsync();
        await _events.WonDealAsync(partner, 1_000m, InQ1);
        var future = await _api.PayoutAsync(partner, QuarterOf(service.Today.AddMonths(3)));
        future.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, future.ToString());

        var first = await _api.PayoutAsync(partner, "2025-Q1");
        var cancelled = await _api.Client.PostJson($"{Base}/payouts/{first.Id}/cancel", new { });
        cancelled.Status.ShouldBe(HttpStatusCode.OK, cancelled.ToString());
        cancelled.Str("status").ShouldBe("Cancelled");
        await _events.WonDealAsync(partner, 2_000m, InQ1);

        var rebuilt = await _api.PayoutAsync(partner, "2025-Q1");
        rebuilt.Status.ShouldBe(HttpStatusCode.Created, rebuilt.ToString());
        Number(rebuilt.Body, "compensationTotal").ShouldBe(660m, "both deals at 22 %");
        (await _api.ApprovePayoutAsync(rebuilt.Id)).Status.ShouldBe(HttpStatusCode.OK);
        (await _api.Client.PostJson($"{Base}/payouts/{rebuilt.Id}/cancel", new { })).Status.ShouldBe(HttpStatusCode.Conflict);
        (await _api.Client.PostJson($"{Base}/payouts/{first.Id}/cancel", new { })).Status.ShouldBe(HttpStatusCode.Conflict);
    }
}
