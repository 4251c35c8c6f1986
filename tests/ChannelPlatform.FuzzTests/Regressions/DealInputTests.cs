using System.Globalization;
using System.Net;
using ChannelPlatform.EndToEndTests;
using ChannelPlatform.FuzzTests.Platform;
using ChannelPlatform.Testing;

namespace ChannelPlatform.FuzzTests.Regressions;

/// <summary>Issue 11's DealRegistration causes, each on a partner of its own (the run may have suspended the shared one).</summary>
[Collection(FuzzCollection.Name)]
public sealed class DealInputTests(FuzzPlatform platform)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    private static string Day(int days) =>
        MidQuarterClock.Instance.Today.AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task A_deal_for_a_company_named_with_200_sharp_s_is_registered_or_refused_never_a_500()
    {
        var (_, partner) = await ActivePartnerAsync();
        var deal = $$"""
            {"customer":{"companyName":"{{new string('ß', 200)}}","country":"DE"},"products":["Suite"],
             "estimatedValue":1000,"currency":"USD","expectedCloseDate":"{{Day(60)}}"}
            """;

        var exchange = await Eventually.Get(async () =>
        {
            var sent = await platform.SendAsync(platform.To("POST /api/v1/deals", partner, json: deal) with { Field = "customer.companyName" });
            return sent.Status == 422 ? null : sent; // until DealRegistration has heard the partner is active
        }, EventTimeout, "DealRegistration to know the partner");

        exchange.ShouldAnswer(201, 400);
    }

    [Fact]
    public async Task Converting_a_lead_with_an_estimated_value_of_1e16_is_a_400_naming_it()
    {
        var (partnerId, partner) = await ActivePartnerAsync();
        var leadId = await AcceptedLeadAsync(partnerId, partner);
        var convert = $$"""{"products":["Suite"],"estimatedValue":1e16,"currency":"USD","expectedCloseDate":"{{Day(60)}}"}""";

        var exchange = await platform.SendAsync(
            platform.To("POST /api/v1/leads/{id}/convert", partner, $"/api/v1/leads/{leadId}/convert", convert) with { Field = "estimatedValue" });

        exchange.ShouldAnswer(400);
    }

    private async Task<(Guid Id, Caller User)> ActivePartnerAsync()
    {
        using var manager = Client(platform.World.Callers.Manager);
        var id = await manager.ActivePartnerAsync();
        return (id, new Caller("Partner", $"Bearer {platform.Platform.Tokens.For("Partner", id, "regression")}", true));
    }

    private async Task<Guid> AcceptedLeadAsync(Guid partnerId, Caller partner)
    {
        using var manager = Client(platform.World.Callers.Manager);
        using var user = Client(partner);
        var campaign = await Eventually.Get(async () =>
        {
            var campaign = new
            {
                name = $"Lead {Guid.NewGuid():N}", type = "Webinar", partnerIds = new[] { partnerId }, startsOn = Day(0), endsOn = Day(30),
            };
            var created = await manager.PostJson("/api/v1/campaigns", campaign);
            return created.Status == HttpStatusCode.Created ? created : null;
        }, EventTimeout, "a campaign with the new partner");
        await Eventually.True(async () =>
        {
            var lead = new { companyName = "Lead Co", contactName = "Lee", email = $"lee-{Guid.NewGuid():N}@lead.example", country = "DE", partnerId };
            var uploaded = await manager.PostJson($"/api/v1/campaigns/{campaign.Id}/leads", new { leads = new[] { lead } });
            return uploaded.Body["created"]!.GetValue<int>() == 1;
        }, EventTimeout, "DealRegistration to know the partner as active (its lead assigned)");
        var listed = await manager.GetJson($"/api/v1/leads?campaignId={campaign.Id}");
        var leadId = Guid.Parse(listed.Body["items"]![0]!["id"]!.GetValue<string>());
        if (listed.Body["items"]![0]!["status"]!.GetValue<string>() != "Assigned")
            (await manager.PostJson($"/api/v1/leads/{leadId}/assign", new { partnerId })).Status.ShouldBe(HttpStatusCode.OK);
        var accepted = await user.PostJson($"/api/v1/leads/{leadId}/accept", null);
        accepted.Status.ShouldBe(HttpStatusCode.OK, accepted.ToString());
        return leadId;
    }

    private HttpClient Client(Caller caller)
    {
        var client = new HttpClient { BaseAddress = platform.GatewayUrl };
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", caller.Authorization);
        return client;
    }
}
