using System.Net;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>Campaigns and their leads through the public API.</summary>
public sealed class CampaignApi(HttpClient manager)
{
    public static object Lead(string email, string company = "Globex", string? domain = null, string country = "US", Guid? partnerId = null) =>
        new { companyName = company, domain, contactName = "Hank Scorpio", email, country, partnerId };

    public static string Email() => $"lead-{Guid.NewGuid():N}@customer.example";

    public async Task<Guid> CreateAsync(params Guid[] partnerIds)
    {
        var created = await manager.PostJson("/api/v1/campaigns", new { name = "Spring webinar", type = "Webinar", partnerIds, startsOn = "2026-11-01", endsOn = "2026-12-31" });
        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        return created.Id;
    }

    public async Task<Answer> ImportAsync(Guid campaignId, params object[] leads)
    {
        var answer = await manager.PostJson($"/api/v1/campaigns/{campaignId}/leads", new { leads });
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        return answer;
    }

    /// <summary>A new lead of the campaign, in the pool.</summary>
    public async Task<Guid> LeadAsync(Guid campaignId, string company = "Globex")
    {
        var imported = await ImportAsync(campaignId, Lead(Email(), company));
        return Guid.Parse(imported.Body["results"]![0]!["lead"]!["id"]!.GetValue<string>());
    }

    public Task<Answer> AssignAsync(Guid leadId, Guid partnerId) => manager.PostJson($"/api/v1/leads/{leadId}/assign", new { partnerId });

    public async Task<Answer> LeadOf(Guid campaignId, Guid leadId)
    {
        var list = await manager.GetJson($"/api/v1/leads?campaignId={campaignId}&limit=200");
        list.Status.ShouldBe(HttpStatusCode.OK, list.ToString());
        var item = DealApi.Items(list).Single(l => l["id"]!.GetValue<string>() == leadId.ToString());
        return list with { Json = item };
    }
}
