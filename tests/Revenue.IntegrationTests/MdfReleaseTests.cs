using System.Net;
using ChannelPlatform.Application.Security;
using static Revenue.IntegrationTests.MdfClient;

namespace Revenue.IntegrationTests;

/// <summary>Approved MDF that will not be spent goes back to the budget: on a short pay, and when the claim window closes.</summary>
public sealed class MdfReleaseTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task A_short_pay_and_a_closed_claim_window_hand_unspent_funds_back_to_the_budget()
    {
        var partner = await _events.PartnerAsync();
        var plannedOn = service.Today.AddDays(-50);
        await _mdf.FundAsync(partner, 10_000m, plannedOn.Year);
        var request = await _mdf.ApprovedAsync(partner, 5_000m, plannedOn);
        var claim = await _mdf.ClaimedAsync(request, 2_000m);

        var shortPaid = await _mdf.ApproveClaimAsync(claim, 1_500m, "One invoice was out of scope");
        shortPaid.Status.ShouldBe(HttpStatusCode.OK, shortPaid.ToString());
        var afterShortPay = await _mdf.BudgetAsync(partner, plannedOn.Year);
        Money(afterShortPay, "committed").ShouldBe(4_500m, "the 500 not paid goes back");
        Money(afterShortPay, "remaining").ShouldBe(5_500m);

        (await service.CloseClaimWindowsAsync()).ShouldBe(0, "the window is still open");
        service.Advance(TimeSpan.FromDays(11));
        (await service.CloseClaimWindowsAsync()).ShouldBe(1);
        (await service.CloseClaimWindowsAsync()).ShouldBe(0, "closed once");

        var closed = await _mdf.RequestAsync(request);
        closed.Body["claimsClosed"]!.GetValue<bool>().ShouldBeTrue();
        Money(closed, "releasedAmount").ShouldBe(3_500m, "500 short-paid + 3 000 never claimed");
        var budget = await _mdf.BudgetAsync(partner, plannedOn.Year);
        Money(budget, "committed").ShouldBe(1_500m, "only what was approved for payment stays committed");
        Money(budget, "remaining").ShouldBe(8_500m);
        (await _mdf.ClaimAsync(request, 100m)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity, "claims are closed");
    }
}
