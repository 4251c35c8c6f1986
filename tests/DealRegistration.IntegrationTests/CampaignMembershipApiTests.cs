using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>A deal names only a campaign its partner belongs to; another partner's campaign answers like an unknown one.</summary>
public sealed class CampaignMembershipApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private CampaignApi Campaigns => new(_manager);

    [Fact]
    public async Task A_campaign_the_partner_is_not_in_is_422_exactly_like_an_unknown_campaign()
    {
        var (mine, theirs) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var theirCampaign = await Campaigns.CreateAsync(theirs);
        var unknownCampaign = Guid.CreateVersion7();
        using var partnerUser = service.Client(Roles.Partner, mine);

        var notMine = await partnerUser.PostJson("/api/v1/deals", DealApi.NewDeal(null, campaignId: theirCampaign));
        var unknown = await partnerUser.PostJson("/api/v1/deals", DealApi.NewDeal(null, campaignId: unknownCampaign));

        notMine.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, notMine.ToString());
        unknown.Status.ShouldBe(notMine.Status);
        unknown.Str("title").ShouldBe(notMine.Str("title"));
        notMine.Str("detail")!.Replace(theirCampaign.ToString(), "{id}", StringComparison.Ordinal)
            .ShouldBe(unknown.Str("detail")!.Replace(unknownCampaign.ToString(), "{id}", StringComparison.Ordinal));
        notMine.Text.ShouldNotContain(theirs.ToString());
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM dealreg.deals WHERE partner_id = @p0", mine)).ShouldBe(0);
    }

    [Fact]
    public async Task A_channel_manager_cannot_attribute_a_deal_to_a_campaign_its_partner_is_not_in_either()
    {
        var (partner, other) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var othersCampaign = await Campaigns.CreateAsync(other);

        var answer = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, campaignId: othersCampaign));

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
    }

    [Fact]
    public async Task A_member_of_the_campaign_or_of_a_campaign_open_to_all_registers_with_it()
    {
        var (partner, other) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var joint = await Campaigns.CreateAsync(other, partner);
        var openToAll = await Campaigns.CreateAsync();
        using var partnerUser = service.Client(Roles.Partner, partner);

        var inJoint = await partnerUser.PostJson("/api/v1/deals", DealApi.NewDeal(null, campaignId: joint));
        var inOpen = await partnerUser.PostJson("/api/v1/deals", DealApi.NewDeal(null, campaignId: openToAll));

        inJoint.Status.ShouldBe(HttpStatusCode.Created, inJoint.ToString());
        inJoint.Str("campaignId").ShouldBe(joint.ToString());
        inOpen.Status.ShouldBe(HttpStatusCode.Created, inOpen.ToString());
    }

    [Fact]
    public async Task Creating_a_campaign_publishes_campaign_created_with_its_partners()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "dealreg.campaign-created");
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());

        var campaign = await Campaigns.CreateAsync(first, second);

        var message = await consumer.WaitForAsync("dealreg.campaign-created", m => m["campaignId"]?.GetValue<string>() == campaign.ToString());
        message["partnerIds"]!.AsArray().Select(p => p!.GetValue<string>()).ShouldBe([first.ToString(), second.ToString()], ignoreOrder: true);
        message["type"]!.GetValue<string>().ShouldBe("Webinar");
        message["name"]!.GetValue<string>().ShouldBe("Spring webinar");
        message["startsOn"]!.GetValue<string>().ShouldBe("2026-11-01");
        message["endsOn"]!.GetValue<string>().ShouldBe("2026-12-31");
        message["eventId"].ShouldNotBeNull();
    }
}
