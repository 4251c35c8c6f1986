using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>
/// partner.tier-program-updated, published as the Partner service would: every partner on the edited tier gets
/// its new protection days at once, whatever order edits and tier changes arrive in. One tier per test (the
/// program is shared by the class's database).
/// </summary>
public sealed class TierProgramProjectionTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);

    private static TierProgramUpdated Edit(string tier, int protectionDays, int version, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, tier, 0m, 0, 0m, 0m, protectionDays, version);

    private async Task<Guid> OnTierAsync(string tier, int protectionDays, DateTimeOffset at)
    {
        var partner = Guid.CreateVersion7();
        await _partners.ApplyAsync(PartnerEvents.Activated(partner, at, protectionDays, tier));
        return partner;
    }

    /// <summary>The protection an approval gives the partner's next deal, in days.</summary>
    private async Task<double> ProtectionDaysAsync(Guid partner)
    {
        var deal = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner));
        deal.Status.ShouldBe(HttpStatusCode.Created, deal.ToString());
        var approved = await _manager.PostJson($"/api/v1/deals/{deal.Id}/approve", new { });
        approved.Status.ShouldBe(HttpStatusCode.OK, approved.ToString());
        return (DealApi.Utc(approved.Body, "protectionExpiresAt") - service.Now).TotalDays;
    }

    [Fact]
    public async Task An_edit_of_a_tier_gives_every_partner_on_it_the_new_protection_days_at_once()
    {
        var now = DateTimeOffset.UtcNow;
        var gold = await OnTierAsync("Gold", 90, now.AddMinutes(-10));
        var alsoGold = await OnTierAsync("Gold", 90, now.AddMinutes(-9));
        var silver = await OnTierAsync("Silver", 90, now.AddMinutes(-10));

        await _partners.ApplyAsync(Edit("Gold", 120, 2, now.AddMinutes(-1)));

        (await ProtectionDaysAsync(gold)).ShouldBe(120, 0.001);
        (await ProtectionDaysAsync(alsoGold)).ShouldBe(120, 0.001);
        (await ProtectionDaysAsync(silver)).ShouldBe(90, 0.001, "another tier's partners keep theirs");
    }

    [Fact]
    public async Task An_older_edit_arriving_after_a_newer_one_changes_nothing()
    {
        var now = DateTimeOffset.UtcNow;
        var platinum = await OnTierAsync("Platinum", 120, now.AddMinutes(-10));

        await _partners.ApplyAsync(Edit("Platinum", 150, 5, now.AddMinutes(-1)));
        await _partners.ApplyAsync(Edit("Platinum", 100, 4, now.AddMinutes(-2)));

        (await ProtectionDaysAsync(platinum)).ShouldBe(150, 0.001);
        (await service.Database.ScalarAsync<int>("SELECT protection_days FROM dealreg.tier_benefits WHERE tier = 'Platinum'")).ShouldBe(150);
    }

    [Fact]
    public async Task A_tier_change_arriving_after_a_newer_edit_of_its_tier_takes_the_edited_days()
    {
        var now = DateTimeOffset.UtcNow;
        var partner = await OnTierAsync("Registered", 60, now.AddMinutes(-10));

        await _partners.ApplyAsync(Edit("Silver", 75, 2, now.AddMinutes(-1)));
        await _partners.ApplyAsync(PartnerEvents.TierChanged(partner, "Registered", "Silver", 90, now.AddMinutes(-5)));

        (await ProtectionDaysAsync(partner)).ShouldBe(75, 0.001);
    }

    [Fact]
    public async Task An_edit_older_than_the_partners_own_tier_change_keeps_the_days_that_change_carried()
    {
        var now = DateTimeOffset.UtcNow;
        var partner = await OnTierAsync("Registered", 60, now.AddMinutes(-1));

        await _partners.ApplyAsync(Edit("Registered", 30, 2, now.AddMinutes(-5)));

        (await ProtectionDaysAsync(partner)).ShouldBe(60, 0.001);
    }
}
