using System.Net;
using ChannelPlatform.Application.Security;
using static Revenue.IntegrationTests.MdfClient;

namespace Revenue.IntegrationTests;

/// <summary>A computed allocation follows the formula after its row exists: a promotion raises it; a set one stays.</summary>
public sealed class MdfBudgetFollowsTierTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task A_demotion_lowers_a_computed_allocation_but_never_below_what_is_committed()
    {
        var year = service.Today.Year;
        var partner = await _events.PartnerAsync(tier: "Silver", mdfPercent: 1m);
        await _events.WonDealAsync(partner, 100_000m, new DateOnly(year - 1, 6, 1));
        var request = await _mdf.SubmittedAsync(partner, 900m, new DateOnly(year, 12, 1));
        (await _mdf.ApproveAsync(request, 900m)).Status.ShouldBe(HttpStatusCode.OK);

        // 0.5 % of 100 000 is 500, less than the 900 already committed.
        await _events.ApplyAsync(UpstreamEvents.TierChanged(partner, "Silver", "Registered", marginBonus: 0m, mdfPercent: 0.5m));

        var demoted = await _mdf.BudgetAsync(partner, year);
        Money(demoted, "allocated").ShouldBe(900m, "the formula's 500 would leave the budget negative");
        Money(demoted, "committed").ShouldBe(900m);
        Money(demoted, "remaining").ShouldBe(0m);
        var more = await _mdf.SubmittedAsync(partner, 1m, new DateOnly(year, 12, 2));
        (await _mdf.ApproveAsync(more, 1m)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_promotion_raises_a_computed_allocation()
    {
        var year = service.Today.Year;
        var partner = await _events.PartnerAsync(tier: "Silver", mdfPercent: 1m);
        await _events.WonDealAsync(partner, 100_000m, new DateOnly(year - 1, 6, 1));
        Money(await _mdf.BudgetAsync(partner, year), "allocated").ShouldBe(1_000m);

        var request = await _mdf.SubmittedAsync(partner, 900m, new DateOnly(year, 12, 1));
        (await _mdf.ApproveAsync(request, 900m)).Status.ShouldBe(HttpStatusCode.OK);

        await _events.ApplyAsync(UpstreamEvents.TierChanged(partner, "Silver", "Gold", marginBonus: 4m, mdfPercent: 2m));

        var promoted = await _mdf.BudgetAsync(partner, year);
        Money(promoted, "allocated").ShouldBe(2_000m);
        Money(promoted, "committed").ShouldBe(900m);
        Money(promoted, "remaining").ShouldBe(1_100m);
        var second = await _mdf.SubmittedAsync(partner, 1_100m, new DateOnly(year, 12, 2));
        (await _mdf.ApproveAsync(second, 1_100m)).Status.ShouldBe(HttpStatusCode.OK, "the raised allocation is what approvals see");

        (await _mdf.SetBudgetAsync(partner, 2_500m, year)).Status.ShouldBe(HttpStatusCode.OK);
        await _events.ApplyAsync(UpstreamEvents.TierChanged(partner, "Gold", "Platinum", marginBonus: 6m, mdfPercent: 3m));
        Money(await _mdf.BudgetAsync(partner, year), "allocated").ShouldBe(2_500m, "a set allocation stays as set");
    }
}
