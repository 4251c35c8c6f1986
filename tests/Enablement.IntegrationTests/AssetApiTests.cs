using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>Assets by minimum tier: a Partner caller sees those at or below its tier (from partner events); above it they are 404.</summary>
public sealed class AssetApiTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private static readonly string[] Tiers = ["Registered", "Silver", "Gold", "Platinum"];

    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);

    private static object NewAsset(string product, string? minimumTier, string? kind = "Battlecard", string? url = "https://cdn.example/asset.pdf", string? title = "Battlecard") =>
        new { title, kind, url, product, minimumTier };

    /// <summary>One asset per tier, under a product no other test uses.</summary>
    private async Task<(string Product, Dictionary<string, Guid> ByTier)> AssetsAtEachTierAsync()
    {
        var product = $"P-{Guid.NewGuid():N}"[..20];
        var byTier = new Dictionary<string, Guid>();
        foreach (var tier in Tiers)
        {
            var created = await _manager.PostJson($"{Base}/assets", NewAsset(product, tier, title: $"{tier} battlecard"));
            created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
            created.Location.ShouldBe($"/api/v1/enablement/assets/{created.Id}");
            created.ETag.ShouldNotBeNullOrEmpty();
            created.Str("minimumTier").ShouldBe(tier);
            byTier[tier] = created.Id;
        }

        return (product, byTier);
    }

    [Fact]
    public async Task A_silver_partner_after_a_tier_change_lists_registered_and_silver_assets_and_gets_a_404_for_gold()
    {
        var (product, assets) = await AssetsAtEachTierAsync();
        var partner = await _partners.ActiveAsync("Registered");
        var me = service.Client(Roles.Partner, partner);
        Ids(await me.GetJson($"{Base}/assets?product={product}")).ShouldBe([assets["Registered"].ToString()]);

        await _partners.ApplyAsync(PartnerEvents.TierChanged(partner, "Registered", "Silver", DateTimeOffset.UtcNow));

        Ids(await me.GetJson($"{Base}/assets?product={product}")).ShouldBe([assets["Registered"].ToString(), assets["Silver"].ToString()], ignoreOrder: true);
        (await me.GetJson($"{Base}/assets/{assets["Silver"]}")).Status.ShouldBe(HttpStatusCode.OK);
        (await me.GetJson($"{Base}/assets/{assets["Gold"]}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await me.GetJson($"{Base}/assets/{assets["Platinum"]}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Managers_and_integration_see_every_asset()
    {
        var (product, assets) = await AssetsAtEachTierAsync();

        Ids(await _manager.GetJson($"{Base}/assets?product={product}")).Count.ShouldBe(4);
        Ids(await service.Client(Roles.Integration).GetJson($"{Base}/assets?product={product}")).Count.ShouldBe(4);
        var platinum = await _manager.GetJson($"{Base}/assets/{assets["Platinum"]}");
        platinum.Status.ShouldBe(HttpStatusCode.OK);
        platinum.Str("title").ShouldBe("Platinum battlecard");
        platinum.Str("kind").ShouldBe("Battlecard");
        platinum.Str("url").ShouldBe("https://cdn.example/asset.pdf");
        platinum.Str("product").ShouldBe(product);
    }

    [Fact]
    public async Task A_platinum_partner_sees_all_and_a_suspended_or_unknown_partner_sees_none()
    {
        var (product, _) = await AssetsAtEachTierAsync();
        var platinum = await _partners.ActiveAsync("Platinum");
        var suspended = await _partners.ActiveAsync("Gold");
        await _partners.ApplyAsync(PartnerEvents.Suspended(suspended, DateTimeOffset.UtcNow));

        Ids(await service.Client(Roles.Partner, platinum).GetJson($"{Base}/assets?product={product}")).Count.ShouldBe(4);
        Ids(await service.Client(Roles.Partner, suspended).GetJson($"{Base}/assets?product={product}")).ShouldBeEmpty();
        Ids(await service.Client(Roles.Partner, Guid.NewGuid()).GetJson($"{Base}/assets?product={product}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task An_older_tier_change_arriving_late_does_not_lower_the_tier()
    {
        var (product, assets) = await AssetsAtEachTierAsync();
        var partner = await _partners.ActiveAsync("Registered");
        await _partners.ApplyAsync(PartnerEvents.TierChanged(partner, "Silver", "Gold", DateTimeOffset.UtcNow));
        await _partners.ApplyAsync(PartnerEvents.TierChanged(partner, "Registered", "Silver", DateTimeOffset.UtcNow.AddMinutes(-5)));

        (await service.Client(Roles.Partner, partner).GetJson($"{Base}/assets/{assets["Gold"]}")).Status.ShouldBe(HttpStatusCode.OK);
        Ids(await service.Client(Roles.Partner, partner).GetJson($"{Base}/assets?product={product}")).Count.ShouldBe(3);
    }

    [Fact]
    public async Task Assets_are_filtered_by_kind()
    {
        var product = $"P-{Guid.NewGuid():N}"[..20];
        var video = (await _manager.PostJson($"{Base}/assets", NewAsset(product, "Registered", "Video", "http://cdn.example/v.mp4"))).Id;
        await _manager.PostJson($"{Base}/assets", NewAsset(product, "Registered", "Playbook"));

        Ids(await _manager.GetJson($"{Base}/assets?product={product}&kind=Video")).ShouldBe([video.ToString()]);
        (await _manager.GetJson($"{Base}/assets?kind=Podcast")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("Battlecard", "ftp://cdn.example/a.pdf", "Gold", "url")]
    [InlineData("Battlecard", "not a url", "Gold", "url")]
    [InlineData("Podcast", "https://cdn.example/a.pdf", "Gold", "kind")]
    [InlineData("Battlecard", "https://cdn.example/a.pdf", "Diamond", "minimumTier")]
    [InlineData("Battlecard", "https://cdn.example/a.pdf", null, "minimumTier")]
    public async Task An_invalid_asset_is_a_400_naming_the_field(string kind, string url, string? tier, string field)
    {
        var answer = await _manager.PostJson($"{Base}/assets", NewAsset("CloudSuite", tier, kind, url));

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(field);
    }

    [Fact]
    public async Task Only_channel_managers_create_assets_and_unknown_assets_are_404()
    {
        (await service.Client(Roles.Partner, Guid.NewGuid()).PostJson($"{Base}/assets", NewAsset("X", "Registered"))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await service.Client(Roles.Integration).PostJson($"{Base}/assets", NewAsset("X", "Registered"))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await service.Anonymous().GetJson($"{Base}/assets")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await _manager.GetJson($"{Base}/assets/{Guid.NewGuid()}")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
