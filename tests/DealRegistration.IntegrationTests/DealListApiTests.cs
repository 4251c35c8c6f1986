using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>The deal list's filters and keyset paging, and Idempotency-Key on registration.</summary>
public sealed class DealListApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private DealApi Deals => new(_manager, service);

    [Fact]
    public async Task Deals_are_filtered_by_partner_status_and_customer_name_or_domain()
    {
        var partner = await _partners.ActiveAsync();
        var tag = Guid.NewGuid().ToString("N")[..10];
        var submitted = await Deals.RegisterAsync(partner, $"Hooli {tag} Inc.", $"hooli-{tag}.example");
        var approved = await Deals.ApprovedAsync(partner, $"Pied Piper {tag}");

        DealApi.Ids(await _manager.GetJson($"/api/v1/deals?partnerId={partner}")).ShouldBe([submitted.ToString(), approved.ToString()], ignoreOrder: true);
        DealApi.Ids(await _manager.GetJson($"/api/v1/deals?partnerId={partner}&status=approved")).ShouldBe([approved.ToString()]);
        DealApi.Ids(await _manager.GetJson($"/api/v1/deals?customer=HOOLI%20{tag}")).ShouldBe([submitted.ToString()]);
        DealApi.Ids(await _manager.GetJson($"/api/v1/deals?customer=hooli-{tag}.example")).ShouldBe([submitted.ToString()]);
        DealApi.Ids(await _manager.GetJson($"/api/v1/deals?customer=pied%20piper%20{tag}%20llc")).ShouldBe([approved.ToString()]);
    }

    [Fact]
    public async Task Deals_page_by_cursor_without_gaps_or_repeats()
    {
        var partner = await _partners.ActiveAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
            ids.Add((await Deals.RegisterAsync(partner)).ToString());

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await _manager.GetJson($"/api/v1/deals?partnerId={partner}&limit=2" + (cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}"));
            page.Status.ShouldBe(HttpStatusCode.OK, page.ToString());
            DealApi.Items(page).Count.ShouldBeLessThanOrEqualTo(2);
            seen.AddRange(DealApi.Ids(page));
            cursor = page.Body["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        seen.ShouldBe(ids, "keyset order by id (UUID v7: registration order)");
    }

    [Fact]
    public async Task An_unknown_status_limit_or_cursor_is_a_400()
    {
        (await _manager.GetJson("/api/v1/deals?status=Pending")).ErrorFields.ShouldBe(["status"]);
        (await _manager.GetJson("/api/v1/deals?limit=201")).ErrorFields.ShouldBe(["limit"]);
        (await _manager.GetJson("/api/v1/deals?cursor=not-a-cursor")).ErrorFields.ShouldBe(["cursor"]);
        (await _manager.GetJson($"/api/v1/deals/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_same_Idempotency_Key_and_body_replays_the_registration_and_another_body_is_a_422()
    {
        var partner = await _partners.ActiveAsync();
        var body = DealApi.NewDeal(partner);
        var key = new Dictionary<string, string> { ["Idempotency-Key"] = Guid.NewGuid().ToString() };

        var first = await _manager.PostJson("/api/v1/deals", body, key);
        var replay = await _manager.PostJson("/api/v1/deals", body, key);
        var other = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner), key);

        first.Status.ShouldBe(HttpStatusCode.Created, first.ToString());
        replay.Status.ShouldBe(HttpStatusCode.Created);
        replay.Id.ShouldBe(first.Id);
        replay.Location.ShouldBe(first.Location);
        other.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, other.ToString());
        DealApi.Ids(await _manager.GetJson($"/api/v1/deals?partnerId={partner}")).ShouldBe([first.Id.ToString()]);
    }
}
