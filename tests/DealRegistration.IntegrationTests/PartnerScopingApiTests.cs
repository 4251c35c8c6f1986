using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>A partner user sees and acts on its own partner's deals and leads only (404 for another's: existence is not revealed); Integration only reads.</summary>
public sealed class PartnerScopingApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);

    [Fact]
    public async Task A_partner_user_gets_a_404_for_another_partners_deal_and_a_403_for_manager_commands()
    {
        var (mine, theirs) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var theirDeal = await new DealApi(_manager, service).RegisterAsync(theirs);
        var myDeal = await new DealApi(_manager, service).RegisterAsync(mine);
        var me = service.Client(Roles.Partner, mine);

        (await me.GetJson($"/api/v1/deals/{theirDeal}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await me.PostJson($"/api/v1/deals/{theirDeal}/cosell-requests", new { type = "Demo" })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await me.PostJson($"/api/v1/deals/{theirDeal}/approve", new { })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await me.PostJson($"/api/v1/deals/{myDeal}/approve", new { })).Status.ShouldBe(HttpStatusCode.Forbidden, "approving is for channel managers");
        (await me.PostJson($"/api/v1/deals/{myDeal}/win", new { actualValue = 1m, closedOn = "2026-12-01" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await me.GetJson($"/api/v1/deals/{myDeal}")).Status.ShouldBe(HttpStatusCode.OK);
        (await me.PostJson($"/api/v1/deals/{myDeal}/cosell-requests", new { type = "Demo" })).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task A_partner_user_cannot_accept_decline_or_convert_another_partners_lead()
    {
        var (mine, theirs) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var campaigns = new CampaignApi(_manager);
        var campaign = await campaigns.CreateAsync(mine, theirs);
        var theirLead = await campaigns.LeadAsync(campaign);
        await campaigns.AssignAsync(theirLead, theirs);
        var pooledLead = await campaigns.LeadAsync(campaign);
        var me = service.Client(Roles.Partner, mine);
        var convert = new { products = new[] { "CloudSuite" }, estimatedValue = 1_000m, currency = "USD", expectedCloseDate = "2027-01-31" };

        foreach (var lead in new[] { theirLead, pooledLead })
        {
            (await me.PostJson($"/api/v1/leads/{lead}/accept", null)).Status.ShouldBe(HttpStatusCode.NotFound);
            (await me.PostJson($"/api/v1/leads/{lead}/decline", new { reason = "Not mine" })).Status.ShouldBe(HttpStatusCode.NotFound);
            (await me.PostJson($"/api/v1/leads/{lead}/convert", convert)).Status.ShouldBe(HttpStatusCode.NotFound);
        }

        (await me.PostJson($"/api/v1/leads/{pooledLead}/assign", new { partnerId = mine })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await campaigns.LeadOf(campaign, theirLead)).Str("status").ShouldBe("Assigned");
    }

    [Fact]
    public async Task Lists_show_a_partner_user_only_its_own_deals_and_leads_whatever_the_filter()
    {
        var (mine, theirs) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var deals = new DealApi(_manager, service);
        var myDeal = await deals.RegisterAsync(mine);
        await deals.RegisterAsync(theirs);
        var campaigns = new CampaignApi(_manager);
        var campaign = await campaigns.CreateAsync(mine, theirs);
        var (myLead, theirLead) = (await campaigns.LeadAsync(campaign), await campaigns.LeadAsync(campaign));
        await campaigns.AssignAsync(myLead, mine);
        await campaigns.AssignAsync(theirLead, theirs);
        var me = service.Client(Roles.Partner, mine);

        DealApi.Ids(await me.GetJson("/api/v1/deals?limit=200")).ShouldBe([myDeal.ToString()]);
        DealApi.Ids(await me.GetJson($"/api/v1/deals?partnerId={theirs}")).ShouldBe([myDeal.ToString()]);
        DealApi.Ids(await me.GetJson($"/api/v1/leads?campaignId={campaign}")).ShouldBe([myLead.ToString()]);
        DealApi.Ids(await me.GetJson($"/api/v1/leads?partnerId={theirs}")).ShouldBe([myLead.ToString()]);
        DealApi.Ids(await _manager.GetJson($"/api/v1/leads?campaignId={campaign}")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Integration_reads_everything_and_writes_nothing()
    {
        var partner = await _partners.ActiveAsync();
        var deal = await new DealApi(_manager, service).RegisterAsync(partner);
        var campaign = await new CampaignApi(_manager).CreateAsync(partner);
        var lead = await new CampaignApi(_manager).LeadAsync(campaign);
        var integration = service.Client(Roles.Integration);

        (await integration.GetJson($"/api/v1/deals/{deal}")).Status.ShouldBe(HttpStatusCode.OK);
        (await integration.GetJson("/api/v1/deals")).Status.ShouldBe(HttpStatusCode.OK);
        (await integration.GetJson("/api/v1/deals/kpis")).Status.ShouldBe(HttpStatusCode.OK);
        (await integration.GetJson($"/api/v1/campaigns/{campaign}")).Status.ShouldBe(HttpStatusCode.OK);
        (await integration.GetJson("/api/v1/leads")).Status.ShouldBe(HttpStatusCode.OK);
        (await integration.PostJson("/api/v1/deals", DealApi.NewDeal(partner))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await integration.PostJson($"/api/v1/deals/{deal}/approve", new { })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await integration.PostJson($"/api/v1/deals/{deal}/reject", new { reason = "x" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await integration.PostJson($"/api/v1/deals/{deal}/cosell-requests", new { type = "Demo" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await integration.PostJson("/api/v1/campaigns", new { name = "x", type = "Email", partnerIds = Array.Empty<Guid>(), startsOn = "2026-11-01", endsOn = "2026-11-30" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await integration.PostJson($"/api/v1/leads/{lead}/assign", new { partnerId = partner })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await integration.PostJson($"/api/v1/leads/{lead}/accept", null)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await new DealApi(_manager, service).GetAsync(deal)).Str("status").ShouldBe("Submitted");
    }

    [Fact]
    public async Task Without_a_token_every_endpoint_is_a_401()
    {
        var anonymous = service.Anonymous();

        (await anonymous.GetJson("/api/v1/deals")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.PostJson("/api/v1/deals", DealApi.NewDeal(Guid.NewGuid()))).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await anonymous.GetJson($"/api/v1/campaigns/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
