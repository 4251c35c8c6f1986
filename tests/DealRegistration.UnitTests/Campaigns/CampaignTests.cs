using DealRegistration.Domain.Campaigns;

namespace DealRegistration.UnitTests.Campaigns;

public sealed class CampaignTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly StartsOn = new(2026, 4, 1);
    private static readonly Guid PartnerA = Guid.CreateVersion7();
    private static readonly Guid PartnerB = Guid.CreateVersion7();

    [Fact]
    public void A_created_campaign_keeps_its_trimmed_name_type_dates_and_each_partner_once()
    {
        var campaign = Campaign.Create("  Q2 Firewall Webinar ", CampaignType.Webinar, [PartnerA, PartnerB, PartnerA], StartsOn, StartsOn.AddDays(30), Now);

        campaign.Id.ShouldNotBe(Guid.Empty);
        campaign.Name.ShouldBe("Q2 Firewall Webinar");
        campaign.Type.ShouldBe(CampaignType.Webinar);
        campaign.PartnerIds.ShouldBe([PartnerA, PartnerB]);
        campaign.StartsOn.ShouldBe(StartsOn);
        campaign.EndsOn.ShouldBe(StartsOn.AddDays(30));
        campaign.CreatedAt.ShouldBe(Now);
        campaign.Version.ShouldBe(1);
    }

    [Fact]
    public void A_one_day_campaign_is_allowed()
    {
        Campaign.Create("Partner Summit", CampaignType.Event, [], StartsOn, StartsOn, Now).EndsOn.ShouldBe(StartsOn);
    }

    [Fact]
    public void A_campaign_cannot_end_before_it_starts()
    {
        DomainAssert.InvalidValue(() => Campaign.Create("Backwards", CampaignType.Email, [], StartsOn, StartsOn.AddDays(-1), Now), "endsOn");
    }

    [Fact]
    public void A_campaign_run_with_some_partners_includes_only_them()
    {
        var campaign = Campaign.Create("EMEA push", CampaignType.Content, [PartnerA], StartsOn, StartsOn.AddDays(10), Now);

        campaign.Includes(PartnerA).ShouldBeTrue();
        campaign.Includes(PartnerB).ShouldBeFalse();
    }

    [Fact]
    public void A_campaign_without_listed_partners_is_open_to_every_partner()
    {
        var campaign = Campaign.Create("Open to all", CampaignType.Other, [], StartsOn, StartsOn.AddDays(10), Now);

        campaign.Includes(PartnerA).ShouldBeTrue();
        campaign.Includes(Guid.CreateVersion7()).ShouldBeTrue();
    }
}
