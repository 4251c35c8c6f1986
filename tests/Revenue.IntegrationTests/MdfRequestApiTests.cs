using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.MdfClient;

namespace Revenue.IntegrationTests;

/// <summary>POST/GET /api/v1/revenue/mdf/requests: submit, validation, partner rules, list and read. Decisions are in MdfRequestDecisionTests.</summary>
public sealed class MdfRequestApiTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task Submit_is_201_with_location_and_a_submitted_request_whose_claims_close_60_days_after_the_planned_date()
    {
        var partner = await _events.PartnerAsync();
        var campaign = await _events.CampaignAsync(partner);
        var plannedOn = service.Today.AddDays(-3);

        var created = await _mdf.SubmitAsync(partner, 2_500.50m, plannedOn, campaign, activityType: "digitaladvertising");

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Location.ShouldBe($"/api/v1/revenue/mdf/requests/{created.Id}");
        created.Str("status").ShouldBe("Submitted");
        created.Str("activityType").ShouldBe("DigitalAdvertising");
        created.Body["partnerId"]!.GetValue<Guid>().ShouldBe(partner);
        created.Body["campaignId"]!.GetValue<Guid>().ShouldBe(campaign);
        Money(created, "requestedAmount").ShouldBe(2_500.50m);
        created.Body["approvedAmount"].ShouldBeNull();
        created.Str("currency").ShouldBe("USD");
        created.Str("plannedOn").ShouldBe(plannedOn.ToString("yyyy-MM-dd"));
        created.Str("claimsCloseOn").ShouldBe(plannedOn.AddDays(60).ToString("yyyy-MM-dd"));
        created.ETag.ShouldNotBeNull().Trim('"').ShouldBe(created.Str("version"));

        var read = await _mdf.RequestAsync(created.Id);
        read.Status.ShouldBe(HttpStatusCode.OK);
        read.Str("claimsCloseOn").ShouldBe(created.Str("claimsCloseOn"));
        read.ETag.ShouldBe(created.ETag);
    }

    [Fact]
    public async Task A_partner_user_submits_for_its_own_partner_only()
    {
        var mine = await _events.PartnerAsync();
        var theirs = await _events.PartnerAsync();
        var partnerUser = new MdfClient(service.Client(Roles.Partner, mine));

        var implicitly = await partnerUser.SubmitAsync(null, 1_000m, service.Today);
        var explicitly = await partnerUser.SubmitAsync(mine, 1_000m, service.Today);
        var forAnother = await partnerUser.SubmitAsync(theirs, 1_000m, service.Today);

        implicitly.Status.ShouldBe(HttpStatusCode.Created, implicitly.ToString());
        implicitly.Body["partnerId"]!.GetValue<Guid>().ShouldBe(mine, "the partnerId comes from the token");
        explicitly.Status.ShouldBe(HttpStatusCode.Created, explicitly.ToString());
        forAnother.Status.ShouldBe(HttpStatusCode.Forbidden, forAnother.ToString());
        (await _mdf.RequestsAsync($"?partnerId={theirs}")).Body["items"]!.AsArray().Count.ShouldBe(0);
        var integration = await new MdfClient(service.Client(Roles.Integration)).SubmitAsync(mine, 1_000m, service.Today);
        integration.Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("activityType", "Skywriting", "activityType")]
    [InlineData("activityType", null, "activityType")]
    [InlineData("requestedAmount", 0, "requestedAmount")]
    [InlineData("requestedAmount", -10, "requestedAmount")]
    [InlineData("requestedAmount", null, "requestedAmount")]
    [InlineData("plannedOn", null, "plannedOn")]
    [InlineData("plannedOn", "next week", "plannedOn")]
    [InlineData("description", "", "description")]
    [InlineData("description", null, "description")]
    [InlineData("partnerId", null, "partnerId")]
    public async Task An_invalid_request_is_400_naming_the_field(string property, object? value, string field)
    {
        var partner = await _events.PartnerAsync();
        var body = new Dictionary<string, object?>
        {
            ["partnerId"] = partner, ["activityType"] = "Event", ["description"] = "Booth at the fair",
            ["requestedAmount"] = 1_000m, ["currency"] = "USD", ["plannedOn"] = service.Today,
        };
        body[property] = value;

        var answer = await _mdf.SubmitRawAsync(body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(field);
        (await _mdf.RequestsAsync($"?partnerId={partner}")).Body["items"]!.AsArray().Count.ShouldBe(0);
    }

    [Fact]
    public async Task A_request_in_a_currency_without_a_rate_on_the_request_date_is_422_naming_currency_and_date()
    {
        var partner = await _events.PartnerAsync();

        var answer = await _mdf.SubmitRawAsync(new
        {
            partnerId = partner, activityType = "Event", description = "Booth", requestedAmount = 1_000m, currency = "SEK", plannedOn = service.Today,
        });

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        answer.ContentType.ShouldBe("application/problem+json");
        answer.Str("detail")!.ShouldContain("SEK");
        answer.Str("detail")!.ShouldContain(service.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_suspended_partner_cannot_request_mdf_and_an_unknown_one_is_404()
    {
        var partner = await _events.PartnerAsync();
        await _events.ApplyAsync(new PartnerSuspended(Guid.NewGuid(), DateTimeOffset.UtcNow, partner, "Compliance review"));

        var suspended = await _mdf.SubmitAsync(partner, 1_000m, service.Today);
        var ownUser = await new MdfClient(service.Client(Roles.Partner, partner)).SubmitAsync(null, 1_000m, service.Today);
        var unknown = await _mdf.SubmitAsync(Guid.CreateVersion7(), 1_000m, service.Today);

        suspended.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, suspended.ToString());
        ownUser.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, ownUser.ToString());
        unknown.Status.ShouldBe(HttpStatusCode.NotFound, unknown.ToString());
    }

    [Fact]
    public async Task The_list_filters_by_status_partner_and_campaign_and_pages()
    {
        var partner = await _events.PartnerAsync();
        var other = await _events.PartnerAsync();
        var campaign = await _events.CampaignAsync(partner, other);
        await _mdf.FundAsync(partner, 10_000m, service.Today.Year);
        var first = await _mdf.SubmittedAsync(partner, 100m, service.Today, campaign);
        var second = await _mdf.SubmittedAsync(partner, 200m, service.Today, campaign);
        var third = await _mdf.SubmittedAsync(partner, 300m, service.Today);
        await _mdf.SubmittedAsync(other, 400m, service.Today, campaign);
        (await _mdf.ApproveAsync(first, 100m)).Status.ShouldBe(HttpStatusCode.OK);
        (await _mdf.RejectAsync(second, "Out of scope")).Status.ShouldBe(HttpStatusCode.OK);

        Ids(await _mdf.RequestsAsync($"?partnerId={partner}")).ShouldBe([first, second, third], ignoreOrder: true);
        Ids(await _mdf.RequestsAsync($"?partnerId={partner}&status=Approved")).ShouldBe([first]);
        Ids(await _mdf.RequestsAsync($"?partnerId={partner}&status=rejected")).ShouldBe([second]);
        Ids(await _mdf.RequestsAsync($"?partnerId={partner}&status=Submitted")).ShouldBe([third]);
        Ids(await _mdf.RequestsAsync($"?partnerId={partner}&campaignId={campaign}")).ShouldBe([first, second], ignoreOrder: true);
        Ids(await _mdf.RequestsAsync($"?campaignId={campaign}")).Count.ShouldBe(3);

        var page1 = await _mdf.RequestsAsync($"?partnerId={partner}&limit=2");
        Ids(page1).Count.ShouldBe(2);
        var cursor = page1.Body["nextCursor"]!.GetValue<string>();
        var page2 = await _mdf.RequestsAsync($"?partnerId={partner}&limit=2&cursor={Uri.EscapeDataString(cursor)}");
        Ids(page1).Concat(Ids(page2)).ShouldBe([first, second, third], ignoreOrder: true);
        page2.Body["nextCursor"].ShouldBeNull();
    }

    [Fact]
    public async Task A_repeated_submit_with_the_same_idempotency_key_creates_one_request()
    {
        var partner = await _events.PartnerAsync();
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() };
        var body = new { partnerId = partner, activityType = "Event", description = "Booth", requestedAmount = 1_000m, plannedOn = service.Today };

        var first = await _mdf.Client.PostJson($"{Mdf}/requests", body, key);
        var again = await _mdf.Client.PostJson($"{Mdf}/requests", body, key);
        var changed = await _mdf.Client.PostJson($"{Mdf}/requests", body with { requestedAmount = 2_000m }, key);

        first.Status.ShouldBe(HttpStatusCode.Created, first.ToString());
        again.Status.ShouldBe(HttpStatusCode.Created, again.ToString());
        again.Id.ShouldBe(first.Id);
        changed.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, changed.ToString());
        Ids(await _mdf.RequestsAsync($"?partnerId={partner}")).ShouldBe([first.Id]);
    }

    [Theory]
    [InlineData("?status=Paid", "status")]
    [InlineData("?limit=201", "limit")]
    [InlineData("?campaignId=abc", "campaignId")]
    public async Task Bad_list_filters_are_400_naming_the_field(string query, string field)
    {
        var answer = await _mdf.RequestsAsync(query);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(field);
    }

    [Fact]
    public async Task An_unknown_request_is_404()
    {
        var unknown = Guid.CreateVersion7();

        var read = await _mdf.RequestAsync(unknown);
        read.Status.ShouldBe(HttpStatusCode.NotFound);
        read.ContentType.ShouldBe("application/problem+json");
        (await _mdf.ApproveAsync(unknown, 10m)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _mdf.RejectAsync(unknown, "No")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
