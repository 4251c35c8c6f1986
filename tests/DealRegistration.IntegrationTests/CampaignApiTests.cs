using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>Campaigns, and lead imports where each row stands alone: Created, Duplicate or Rejected.</summary>
public sealed class CampaignApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private CampaignApi Campaigns => new(_manager);

    [Fact]
    public async Task A_channel_manager_creates_a_campaign_with_an_empty_roll_up()
    {
        var partner = await _partners.ActiveAsync();

        var created = await _manager.PostJson("/api/v1/campaigns", new { name = "Partner summit", type = "event", partnerIds = new[] { partner }, startsOn = "2026-11-01", endsOn = "2026-11-30" });

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Location.ShouldBe($"/api/v1/campaigns/{created.Id}");
        created.ETag.ShouldNotBeNullOrEmpty();
        created.Str("type").ShouldBe("Event");
        var read = await _manager.GetJson(created.Location!);
        read.Status.ShouldBe(HttpStatusCode.OK);
        read.Body["partnerIds"]!.AsArray().Single()!.GetValue<string>().ShouldBe(partner.ToString());
        read.Body["leadCount"]!.GetValue<int>().ShouldBe(0);
        read.Body["convertedDeals"]!.GetValue<int>().ShouldBe(0);
        DealApi.Number(read.Body, "pipeline").ShouldBe(0m);
        DealApi.Number(read.Body, "wonRevenue").ShouldBe(0m);
    }

    [Fact]
    public async Task An_invalid_campaign_is_a_400_naming_the_fields_and_partner_users_may_not_create_one()
    {
        var invalid = await _manager.PostJson("/api/v1/campaigns", new { name = "", type = "Billboard", partnerIds = Array.Empty<Guid>(), startsOn = "2026-12-01", endsOn = "2026-11-01" });
        var byPartner = await service.Client(Roles.Partner, Guid.NewGuid()).PostJson("/api/v1/campaigns", new { name = "Mine", type = "Email", partnerIds = Array.Empty<Guid>(), startsOn = "2026-11-01", endsOn = "2026-11-30" });

        invalid.Status.ShouldBe(HttpStatusCode.BadRequest, invalid.ToString());
        invalid.ErrorFields.ShouldBe(["name", "type", "endsOn"], ignoreOrder: true);
        byPartner.Status.ShouldBe(HttpStatusCode.Forbidden);
        (await _manager.GetJson($"/api/v1/campaigns/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Importing_reports_duplicates_in_the_file_and_in_the_campaign_rejects_invalid_rows_and_creates_the_rest()
    {
        var campaign = await Campaigns.CreateAsync();
        var known = CampaignApi.Email();
        await Campaigns.ImportAsync(campaign, CampaignApi.Lead(known));
        var fresh = CampaignApi.Email();
        var other = CampaignApi.Email();

        var imported = await Campaigns.ImportAsync(
            campaign,
            CampaignApi.Lead(fresh, domain: "https://www.Globex.example/"),
            CampaignApi.Lead(fresh.ToUpperInvariant()),
            CampaignApi.Lead(known),
            CampaignApi.Lead("not-an-email"),
            new { companyName = "", contactName = "No Company", email = CampaignApi.Email(), country = "USA" },
            CampaignApi.Lead(other, company: "Initech"));

        var body = imported.Body;
        body["created"]!.GetValue<int>().ShouldBe(2);
        body["duplicates"]!.GetValue<int>().ShouldBe(2);
        body["rejected"]!.GetValue<int>().ShouldBe(2);
        var rows = body["results"]!.AsArray().Select(r => r!).ToList();
        rows.Select(r => r["status"]!.GetValue<string>()).ShouldBe(["Created", "Duplicate", "Duplicate", "Rejected", "Rejected", "Created"]);
        rows.Select(r => r["index"]!.GetValue<int>()).ShouldBe([0, 1, 2, 3, 4, 5]);
        rows[0]["lead"]!["status"]!.GetValue<string>().ShouldBe("New");
        rows[0]["lead"]!["domain"]!.GetValue<string>().ShouldBe("globex.example");
        rows[3]["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["email"]);
        rows[4]["errors"]!.AsObject().Select(e => e.Key).ShouldBe(["companyName", "country"], ignoreOrder: true);
        var leads = await _manager.GetJson($"/api/v1/leads?campaignId={campaign}");
        DealApi.Items(leads).Select(l => l["email"]!.GetValue<string>()).ShouldBe([known, fresh, other], ignoreOrder: true);
        (await _manager.GetJson($"/api/v1/campaigns/{campaign}")).Body["leadCount"]!.GetValue<int>().ShouldBe(3);
    }

    [Fact]
    public async Task A_campaign_without_partnerIds_is_a_400_naming_partnerIds()
    {
        var answer = await _manager.PostJson("/api/v1/campaigns", new { name = "No partners", type = "Email", startsOn = "2026-11-01", endsOn = "2026-11-30" });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["partnerIds"]);
    }

    [Fact]
    public async Task An_import_without_leads_is_a_400_naming_leads()
    {
        var answer = await _manager.PostJson($"/api/v1/campaigns/{await Campaigns.CreateAsync()}/leads", new { });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["leads"]);
    }

    [Fact]
    public async Task Importing_into_an_unknown_campaign_is_a_404_and_an_empty_file_a_400()
    {
        (await _manager.PostJson($"/api/v1/campaigns/{Guid.NewGuid()}/leads", new { leads = new[] { CampaignApi.Lead(CampaignApi.Email()) } })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _manager.PostJson($"/api/v1/campaigns/{await Campaigns.CreateAsync()}/leads", new { leads = Array.Empty<object>() })).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_imported_row_assigned_to_a_partner_outside_the_campaign_is_rejected()
    {
        var inside = await _partners.ActiveAsync();
        var outside = await _partners.ActiveAsync();
        var campaign = await Campaigns.CreateAsync(inside);

        var imported = await Campaigns.ImportAsync(
            campaign,
            CampaignApi.Lead(CampaignApi.Email(), partnerId: inside),
            CampaignApi.Lead(CampaignApi.Email(), partnerId: outside),
            CampaignApi.Lead(CampaignApi.Email(), partnerId: Guid.NewGuid()));

        var rows = imported.Body["results"]!.AsArray().Select(r => r!).ToList();
        rows[0]["status"]!.GetValue<string>().ShouldBe("Created");
        rows[0]["lead"]!["status"]!.GetValue<string>().ShouldBe("Assigned");
        rows[0]["lead"]!["partnerId"]!.GetValue<string>().ShouldBe(inside.ToString());
        rows[1]["status"]!.GetValue<string>().ShouldBe("Rejected", "the assign endpoint refuses a partner outside the campaign (422); an import must not bypass it");
        rows[2]["status"]!.GetValue<string>().ShouldBe("Rejected", "an unknown partner is not an active campaign partner");
    }
}
