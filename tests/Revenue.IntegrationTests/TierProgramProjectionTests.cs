using ChannelPlatform.Application.Security;
using ChannelPlatform.Contracts.Partners;
using static Revenue.IntegrationTests.MdfClient;

namespace Revenue.IntegrationTests;

/// <summary>
/// partner.tier-program-updated, published as the Partner service would: the margin bonus and MDF percent of every
/// partner on the edited tier follow at once, whatever order edits and tier changes arrive in. One tier per test (the
/// program is shared by the class's database).
/// </summary>
public sealed class TierProgramProjectionTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));
    private readonly RevenueClient _api = new(service.Client(Roles.ChannelManager));

    private int Year => service.Today.Year;

    private static TierProgramUpdated Edit(string tier, decimal marginBonus, decimal mdfPercent, int version, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, tier, 0m, 0, marginBonus, mdfPercent, 90, version);

    /// <summary>A partner on the tier with 100 000 of bookings last year, so its computed MDF allocation is its MDF percent × 1 000.</summary>
    private async Task<Guid> PartnerWithLastYearsRevenueAsync(string tier, decimal marginBonus, decimal mdfPercent)
    {
        var partner = await _events.PartnerAsync(tier: tier, marginBonus: marginBonus, mdfPercent: mdfPercent);
        await _events.WonDealAsync(partner, 100_000m, new DateOnly(Year - 1, 6, 1));
        return partner;
    }

    private async Task<decimal> AllocatedAsync(Guid partner) => Money(await _mdf.BudgetAsync(partner, Year), "allocated");

    [Fact]
    public async Task An_edit_of_a_tier_moves_its_partners_margin_bonus_and_mdf_allocation_at_once_and_leaves_past_bookings_alone()
    {
        var partner = await PartnerWithLastYearsRevenueAsync("Gold", 4m, 2m);
        var silver = await PartnerWithLastYearsRevenueAsync("Silver", 2m, 1m);
        var before = await _events.WonDealAsync(partner, 10_000m, service.Today);
        (await AllocatedAsync(partner)).ShouldBe(2_000m);

        await _events.ApplyAsync(Edit("Gold", 5m, 3m, 2, DateTimeOffset.UtcNow));
        var after = await _events.WonDealAsync(partner, 10_000m, service.Today);

        (await AllocatedAsync(partner)).ShouldBe(3_000m, "3 % of last year's 100 000");
        (await AllocatedAsync(silver)).ShouldBe(1_000m, "another tier's partners keep theirs");
        RevenueClient.Number((await _api.BookingOfDealAsync(after))["compensation"]!, "tierBonusPercent").ShouldBe(5m);
        RevenueClient.Number((await _api.BookingOfDealAsync(before))["compensation"]!, "tierBonusPercent").ShouldBe(4m, "a booking keeps the bonus it was made with");
    }

    [Fact]
    public async Task An_older_edit_arriving_after_a_newer_one_changes_nothing()
    {
        var partner = await PartnerWithLastYearsRevenueAsync("Platinum", 6m, 3m);
        var now = DateTimeOffset.UtcNow;

        await _events.ApplyAsync(Edit("Platinum", 7m, 4m, 5, now));
        await _events.ApplyAsync(Edit("Platinum", 1m, 0.5m, 4, now.AddMinutes(-1)));

        (await AllocatedAsync(partner)).ShouldBe(4_000m);
    }

    [Fact]
    public async Task A_tier_change_arriving_after_a_newer_edit_of_its_tier_takes_the_edited_terms()
    {
        var partner = await PartnerWithLastYearsRevenueAsync("Registered", 0m, 0m);
        var now = DateTimeOffset.UtcNow;

        await _events.ApplyAsync(Edit("Silver", 2.5m, 1.5m, 2, now));
        await _events.ApplyAsync(new PartnerTierChanged(Guid.NewGuid(), now.AddMinutes(-5), partner, "Registered", "Silver", "Promoted", 90, 2m, 1m));

        (await AllocatedAsync(partner)).ShouldBe(1_500m);
        (await service.Database.ScalarAsync<decimal>("SELECT margin_bonus_percent FROM revenue.partners WHERE partner_id = @p0", partner)).ShouldBe(2.5m);
    }
}
