using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Revenue.IntegrationTests;

/// <summary>
/// An MDF request names only a campaign its partner belongs to (membership from dealreg.campaign-created);
/// another partner's campaign answers exactly like an unknown one.
/// </summary>
public sealed class MdfCampaignMembershipTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task A_partner_requests_funds_for_its_own_campaign_or_one_open_to_all()
    {
        var partner = await _events.PartnerAsync();
        var other = await _events.PartnerAsync();
        var joint = await _events.CampaignAsync(other, partner);
        var openToAll = await _events.CampaignAsync();
        var partnerUser = new MdfClient(service.Client(Roles.Partner, partner));

        (await partnerUser.SubmitAsync(null, 1_000m, service.Today, joint)).Status.ShouldBe(HttpStatusCode.Created);
        (await partnerUser.SubmitAsync(null, 1_000m, service.Today, openToAll)).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Another_partners_campaign_is_422_exactly_like_an_unknown_campaign_and_records_nothing()
    {
        var mine = await _events.PartnerAsync();
        var theirs = await _events.PartnerAsync();
        var theirCampaign = await _events.CampaignAsync(theirs);
        var unknownCampaign = Guid.CreateVersion7();
        var partnerUser = new MdfClient(service.Client(Roles.Partner, mine));

        var notMine = await partnerUser.SubmitAsync(null, 1_000m, service.Today, theirCampaign);
        var unknown = await partnerUser.SubmitAsync(null, 1_000m, service.Today, unknownCampaign);
        var byManager = await _mdf.SubmitAsync(mine, 1_000m, service.Today, theirCampaign);

        notMine.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, notMine.ToString());
        unknown.Status.ShouldBe(notMine.Status);
        unknown.Str("title").ShouldBe(notMine.Str("title"));
        notMine.Str("detail")!.Replace(theirCampaign.ToString(), "{id}", StringComparison.Ordinal)
            .ShouldBe(unknown.Str("detail")!.Replace(unknownCampaign.ToString(), "{id}", StringComparison.Ordinal));
        byManager.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, "the rule is the partner's membership, whoever submits");
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM revenue.mdf_requests WHERE partner_id = @p0", mine)).ShouldBe(0);
    }

    [Fact]
    public async Task A_redelivered_or_repeated_campaign_created_keeps_the_first_membership()
    {
        var partner = await _events.PartnerAsync();
        var outsider = await _events.PartnerAsync();
        var campaign = await _events.CampaignAsync(partner);
        await _events.ApplyAsync(UpstreamEvents.Campaign(campaign, [outsider]));

        (await _mdf.SubmitAsync(outsider, 1_000m, service.Today, campaign)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await _mdf.SubmitAsync(partner, 1_000m, service.Today, campaign)).Status.ShouldBe(HttpStatusCode.Created);
    }
}
