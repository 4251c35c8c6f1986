using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class PartnerListApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task Each_filter_narrows_the_list_to_the_matching_partners()
    {
        var tag = Tag();
        var api = new PartnerApi(_manager);
        var prospect = await api.CreateAsync(PartnerApi.NewPartner(name: $"Prospect {tag}", region: "NorthAmerica"));
        var msp = await api.CreateAsync(PartnerApi.NewPartner(name: $"Msp {tag}", type: "Msp", region: "Apac"));
        var declined = await api.CreateAsync(PartnerApi.NewPartner(name: $"Declined {tag}", type: "Referral", region: "LatinAmerica"));
        (await _manager.PostJson($"/api/v1/partners/{declined}/evaluation", PartnerApi.LowScores)).Str("status").ShouldBe("Declined");
        var active = await api.CreateAsync(PartnerApi.NewPartner(name: $"Active {tag}", type: "Technology"));
        await api.ActivateAsync(active, "Technology");

        (await Ids($"q={tag}")).ShouldBe([prospect, msp, declined, active], ignoreOrder: true);
        (await Ids($"q={tag}&status=Declined")).ShouldBe([declined]);
        (await Ids($"q={tag}&status=prospect")).ShouldBe([prospect, msp], ignoreOrder: true);
        (await Ids($"q={tag}&type=Msp")).ShouldBe([msp]);
        (await Ids($"q={tag}&tier=Registered")).ShouldBe([active]);
        (await Ids($"q={tag}&region=Apac")).ShouldBe([msp]);
        (await Ids($"q={tag}&region=Emea&status=Active&type=Technology")).ShouldBe([active]);
        (await Ids($"q={tag}&region=Emea&type=Msp")).ShouldBeEmpty();
    }

    [Fact]
    public async Task The_text_query_matches_the_name_case_insensitively_or_the_domain()
    {
        var tag = Tag();
        var api = new PartnerApi(_manager);
        var byName = await api.CreateAsync(PartnerApi.NewPartner(name: $"Northwind {tag.ToUpperInvariant()} Traders"));
        var byDomain = await api.CreateAsync(PartnerApi.NewPartner(name: "Contoso", website: $"https://www.{tag}-contoso.example"));

        (await Ids($"q={tag}")).ShouldBe([byName, byDomain], ignoreOrder: true);
        (await Ids($"q=northwind%20{tag}")).ShouldBe([byName]);
        (await Ids($"q={tag}-contoso.example")).ShouldBe([byDomain]);
    }

    [Fact]
    public async Task Keyset_paging_walks_every_partner_once_and_ends_with_a_null_cursor()
    {
        var tag = Tag();
        var api = new PartnerApi(_manager);
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
            ids.Add(await api.CreateAsync(PartnerApi.NewPartner(name: $"Paged {i} {tag}")));

        var first = await _manager.GetJson($"/api/v1/partners?q={tag}&limit=2");
        var second = await _manager.GetJson($"/api/v1/partners?q={tag}&limit=2&cursor={first.Str("nextCursor")}");
        var third = await _manager.GetJson($"/api/v1/partners?q={tag}&limit=2&cursor={second.Str("nextCursor")}");

        first.Body["items"]!.AsArray().Count.ShouldBe(2);
        second.Body["items"]!.AsArray().Count.ShouldBe(2);
        third.Body["items"]!.AsArray().Count.ShouldBe(1);
        first.Str("nextCursor").ShouldNotBeNullOrEmpty();
        second.Str("nextCursor").ShouldNotBeNullOrEmpty();
        third.Body.AsObject().ContainsKey("nextCursor").ShouldBeTrue();
        third.Str("nextCursor").ShouldBeNull();
        ItemIds(first).Concat(ItemIds(second)).Concat(ItemIds(third)).ShouldBe(ids);
    }

    [Fact]
    public async Task Without_a_limit_a_page_holds_at_most_50()
    {
        var tag = Tag();
        var api = new PartnerApi(_manager);
        for (var i = 0; i < 51; i++)
            await api.CreateAsync(PartnerApi.NewPartner(name: $"Many {i} {tag}"));

        var page = await _manager.GetJson($"/api/v1/partners?q={tag}");

        page.Body["items"]!.AsArray().Count.ShouldBe(50);
        page.Str("nextCursor").ShouldNotBeNull();
        (await _manager.GetJson($"/api/v1/partners?q={tag}&limit=200")).Body["items"]!.AsArray().Count.ShouldBe(51);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=201", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=azE6MDAwMDAwMDA", "cursor")]
    [InlineData("status=Sleeping", "status")]
    [InlineData("type=Wizard", "type")]
    [InlineData("tier=Diamond", "tier")]
    [InlineData("region=Mars", "region")]
    public async Task A_bad_paging_or_filter_value_is_400_naming_the_field(string query, string field)
    {
        var answer = await _manager.GetJson($"/api/v1/partners?{query}");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ContentType.ShouldBe("application/problem+json");
        answer.ErrorFields.ShouldBe([field]);
    }

    private static string Tag() => $"t{Guid.NewGuid():N}"[..13];

    private async Task<List<Guid>> Ids(string query)
    {
        var answer = await _manager.GetJson($"/api/v1/partners?{query}&limit=200");
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        answer.Str("nextCursor").ShouldBeNull();
        return ItemIds(answer);
    }

    private static List<Guid> ItemIds(Answer page) =>
        page.Body["items"]!.AsArray().Select(p => Guid.Parse(p!["id"]!.GetValue<string>())).ToList();
}
