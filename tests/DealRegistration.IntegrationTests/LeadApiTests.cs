using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>Leads: New → Assigned → Accepted → Converted, or Declined/Expired back to the pool, never offered again to a partner that passed.</summary>
public sealed class LeadApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private CampaignApi Campaigns => new(_manager);

    [Fact]
    public async Task Assigning_a_pooled_lead_offers_it_to_the_partner_for_72_hours_and_publishes_lead_assigned()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "dealreg.lead-assigned");
        var (partner, outsider) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var campaign = await Campaigns.CreateAsync(partner);
        var lead = await Campaigns.LeadAsync(campaign);

        (await Campaigns.AssignAsync(lead, outsider)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity, "not in the campaign");
        (await Campaigns.AssignAsync(lead, Guid.NewGuid())).Status.ShouldBe(HttpStatusCode.UnprocessableEntity, "not an active partner");
        var assigned = await Campaigns.AssignAsync(lead, partner);

        assigned.Status.ShouldBe(HttpStatusCode.OK, assigned.ToString());
        assigned.Str("status").ShouldBe("Assigned");
        assigned.Str("partnerId").ShouldBe(partner.ToString());
        DealApi.Utc(assigned.Body, "acceptBy").ShouldBe(service.Now.AddHours(72), TimeSpan.FromMilliseconds(1));
        (await Campaigns.AssignAsync(lead, partner)).Status.ShouldBe(HttpStatusCode.Conflict, "an assigned lead is not in the pool");
        var published = await consumer.WaitForAsync("dealreg.lead-assigned", m => m["leadId"]?.GetValue<string>() == lead.ToString());
        published["campaignId"]!.GetValue<string>().ShouldBe(campaign.ToString());
        published["partnerId"]!.GetValue<string>().ShouldBe(partner.ToString());
    }

    [Fact]
    public async Task A_declined_lead_goes_back_to_the_pool_and_is_never_offered_to_that_partner_again()
    {
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var campaign = await Campaigns.CreateAsync(first, second);
        var lead = await Campaigns.LeadAsync(campaign);
        await Campaigns.AssignAsync(lead, first);
        var partnerUser = service.Client(Roles.Partner, first);

        (await partnerUser.PostJson($"/api/v1/leads/{lead}/decline", new { })).ErrorFields.ShouldBe(["reason"]);
        var declined = await partnerUser.PostJson($"/api/v1/leads/{lead}/decline", new { reason = "No capacity this quarter" });

        declined.Status.ShouldBe(HttpStatusCode.OK, declined.ToString());
        declined.Str("status").ShouldBe("Declined");
        declined.Body["partnerId"].ShouldBeNull();
        declined.Str("declineReason").ShouldBe("No capacity this quarter");
        (await Campaigns.AssignAsync(lead, first)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var reassigned = await Campaigns.AssignAsync(lead, second);
        reassigned.Status.ShouldBe(HttpStatusCode.OK, reassigned.ToString());
        reassigned.Str("partnerId").ShouldBe(second.ToString());
    }

    [Fact]
    public async Task A_lead_not_accepted_within_72_hours_expires_back_to_the_pool_and_is_never_offered_to_that_partner_again()
    {
        var (first, second) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var campaign = await Campaigns.CreateAsync(first, second);
        var lead = await Campaigns.LeadAsync(campaign);
        await Campaigns.AssignAsync(lead, first);

        service.Advance(TimeSpan.FromHours(72) - TimeSpan.FromMinutes(1));
        await service.SweepAsync();
        (await Campaigns.LeadOf(campaign, lead)).Str("status").ShouldBe("Assigned");
        service.Advance(TimeSpan.FromMinutes(2));
        await service.SweepAsync();

        var expired = await Campaigns.LeadOf(campaign, lead);
        expired.Str("status").ShouldBe("Expired");
        expired.Body["partnerId"].ShouldBeNull();
        (await service.Client(Roles.Partner, first).PostJson($"/api/v1/leads/{lead}/accept", null)).Status.ShouldBe(HttpStatusCode.NotFound, "no longer the partner's lead");
        (await Campaigns.AssignAsync(lead, first)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Campaigns.AssignAsync(lead, second)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_lead_cannot_be_accepted_after_its_72_hours_even_before_the_sweep_has_run()
    {
        var partner = await _partners.ActiveAsync();
        var campaign = await Campaigns.CreateAsync(partner);
        var lead = await Campaigns.LeadAsync(campaign);
        await Campaigns.AssignAsync(lead, partner);

        service.Advance(TimeSpan.FromHours(73));
        var late = await service.Client(Roles.Partner, partner).PostJson($"/api/v1/leads/{lead}/accept", null);

        late.Status.ShouldBeOneOf([HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity], late.ToString());
        (await Campaigns.LeadOf(campaign, lead)).Str("status").ShouldNotBe("Accepted");
    }

    [Fact]
    public async Task A_stale_If_Match_on_a_lead_command_is_a_412_and_changes_nothing()
    {
        var partner = await _partners.ActiveAsync();
        var campaign = await Campaigns.CreateAsync(partner);
        var lead = await Campaigns.LeadAsync(campaign);
        var pooled = (await Campaigns.LeadOf(campaign, lead)).Str("version");
        (await Campaigns.AssignAsync(lead, partner)).Str("version").ShouldNotBe(pooled);

        var stale = await _manager.PostJson($"/api/v1/leads/{lead}/accept", null, DealApi.IfMatch($"\"{pooled}\""));

        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed, stale.ToString());
        (await Campaigns.LeadOf(campaign, lead)).Str("status").ShouldBe("Assigned");
    }

    [Fact]
    public async Task An_accepted_lead_converts_into_a_deal_attributed_to_its_campaign()
    {
        var partner = await _partners.ActiveAsync();
        var campaign = await Campaigns.CreateAsync(partner);
        var lead = await Campaigns.LeadAsync(campaign, company: "Soylent Corp");
        await Campaigns.AssignAsync(lead, partner);
        var partnerUser = service.Client(Roles.Partner, partner);
        var convert = new { products = new[] { DealApi.UniqueProduct() }, estimatedValue = 75_000m, currency = "USD", expectedCloseDate = "2027-02-28" };
        (await partnerUser.PostJson($"/api/v1/leads/{lead}/convert", convert)).Status.ShouldBe(HttpStatusCode.Conflict, "only an accepted lead converts");

        var accepted = await partnerUser.PostJson($"/api/v1/leads/{lead}/accept", null);
        accepted.Status.ShouldBe(HttpStatusCode.OK, accepted.ToString());
        accepted.Str("status").ShouldBe("Accepted");
        var deal = await partnerUser.PostJson($"/api/v1/leads/{lead}/convert", convert);

        deal.Status.ShouldBe(HttpStatusCode.Created, deal.ToString());
        deal.Location.ShouldBe($"/api/v1/deals/{deal.Id}");
        deal.Str("status").ShouldBe("Submitted");
        deal.Str("partnerId").ShouldBe(partner.ToString());
        deal.Str("campaignId").ShouldBe(campaign.ToString());
        deal.Str("leadId").ShouldBe(lead.ToString());
        deal.Body["customer"]!["companyName"]!.GetValue<string>().ShouldBe("Soylent Corp");
        var converted = await Campaigns.LeadOf(campaign, lead);
        converted.Str("status").ShouldBe("Converted");
        converted.Str("convertedDealId").ShouldBe(deal.Id.ToString());
        (await partnerUser.PostJson($"/api/v1/leads/{lead}/convert", convert)).Status.ShouldBe(HttpStatusCode.Conflict, "a lead converts once");
    }

    [Fact]
    public async Task The_campaign_rolls_up_its_leads_converted_deals_open_pipeline_and_won_revenue()
    {
        var partner = await _partners.ActiveAsync();
        var campaign = await Campaigns.CreateAsync(partner);
        var deals = new DealApi(_manager, service);
        var won = await ConvertedDealAsync(campaign, partner, 100_000m);
        var open = await ConvertedDealAsync(campaign, partner, 40_000m);
        await Campaigns.LeadAsync(campaign);
        var direct = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, estimatedValue: 25_000m, campaignId: campaign));
        direct.Status.ShouldBe(HttpStatusCode.Created, direct.ToString());

        (await deals.ApproveAsync(won)).Status.ShouldBe(HttpStatusCode.OK);
        (await deals.ApproveAsync(open)).Status.ShouldBe(HttpStatusCode.OK);
        (await deals.PostAsync(won, "win", new { actualValue = 90_000m, closedOn = "2026-12-15" })).Status.ShouldBe(HttpStatusCode.OK);

        var rollUp = (await _manager.GetJson($"/api/v1/campaigns/{campaign}")).Body;
        rollUp["leadCount"]!.GetValue<int>().ShouldBe(3);
        rollUp["convertedDeals"]!.GetValue<int>().ShouldBe(2);
        DealApi.Number(rollUp, "pipeline").ShouldBe(65_000m, "the open converted deal and the open direct registration");
        DealApi.Number(rollUp, "wonRevenue").ShouldBe(90_000m);
        rollUp["currency"]!.GetValue<string>().ShouldBe("USD");
        var attributed = await _manager.GetJson($"/api/v1/deals?campaignId={campaign}");
        DealApi.Ids(attributed).Count.ShouldBe(3);
    }

    [Fact]
    public async Task The_campaign_roll_up_never_adds_two_currencies_it_lists_each_one()
    {
        var partner = await _partners.ActiveAsync();
        var campaign = await Campaigns.CreateAsync(partner);
        foreach (var (value, currency) in new[] { (25_000m, "USD"), (40_000m, "EUR"), (2_000_000m, "JPY") })
        {
            var deal = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, estimatedValue: value, currency: currency, campaignId: campaign));
            deal.Status.ShouldBe(HttpStatusCode.Created, deal.ToString());
        }

        var rollUp = (await _manager.GetJson($"/api/v1/campaigns/{campaign}")).Body;

        DealApi.Number(rollUp, "pipeline").ShouldBe(25_000m, "the top-level figure is the reporting currency's");
        rollUp["byCurrency"]!.AsArray().Select(c => (c!["currency"]!.GetValue<string>(), c["pipeline"]!.GetValue<decimal>()))
            .ShouldBe([("EUR", 40_000m), ("JPY", 2_000_000m), ("USD", 25_000m)]);
    }

    private async Task<Guid> ConvertedDealAsync(Guid campaign, Guid partner, decimal value)
    {
        var lead = await Campaigns.LeadAsync(campaign, company: $"Lead Co {Guid.NewGuid():N}");
        (await Campaigns.AssignAsync(lead, partner)).Status.ShouldBe(HttpStatusCode.OK);
        (await _manager.PostJson($"/api/v1/leads/{lead}/accept", null)).Status.ShouldBe(HttpStatusCode.OK);
        var deal = await _manager.PostJson($"/api/v1/leads/{lead}/convert", new { products = new[] { DealApi.UniqueProduct() }, estimatedValue = value, currency = "USD", expectedCloseDate = "2027-01-31" });
        deal.Status.ShouldBe(HttpStatusCode.Created, deal.ToString());
        return deal.Id;
    }
}
