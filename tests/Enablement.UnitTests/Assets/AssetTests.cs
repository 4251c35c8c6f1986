using Enablement.Domain.Assets;
using Enablement.Domain.Roster;

namespace Enablement.UnitTests.Assets;

/// <summary>An asset has a minimum tier: partners at that tier or above see it.</summary>
public sealed class AssetTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Asset AssetFor(PartnerTier minimumTier) =>
        Asset.Publish("Battlecard", AssetKind.Battlecard, "https://cdn.example/battlecard.pdf", "CloudSuite", minimumTier, Now);

    [Fact]
    public void A_published_asset_keeps_its_details_and_tier_rank()
    {
        var asset = Asset.Publish("  Sales kit ", AssetKind.SalesKit, "https://cdn.example/kit.zip", "  CloudSuite ", PartnerTier.Gold, Now);

        asset.Title.ShouldBe("Sales kit");
        asset.Kind.ShouldBe(AssetKind.SalesKit);
        asset.Url.ShouldBe("https://cdn.example/kit.zip");
        asset.Product.ShouldBe("CloudSuite");
        asset.MinimumTier.ShouldBe(PartnerTier.Gold);
        asset.MinimumTierRank.ShouldBe(2);
        asset.CreatedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_blank_product_is_no_product(string? product) =>
        Asset.Publish("Video", AssetKind.Video, "http://cdn.example/v.mp4", product, PartnerTier.Registered, Now).Product.ShouldBeNull();

    [Theory]
    [InlineData("ftp://cdn.example/kit.zip")]
    [InlineData("/relative/kit.zip")]
    [InlineData("not a url")]
    public void The_url_is_an_absolute_http_or_https_address(string url) =>
        DomainAssert.InvalidValue(() => Asset.Publish("Kit", AssetKind.SalesKit, url, null, PartnerTier.Registered, Now), "url");

    [Theory]
    [InlineData(PartnerTier.Registered, PartnerTier.Registered, true)]
    [InlineData(PartnerTier.Registered, PartnerTier.Platinum, true)]
    [InlineData(PartnerTier.Silver, PartnerTier.Registered, false)]
    [InlineData(PartnerTier.Silver, PartnerTier.Silver, true)]
    [InlineData(PartnerTier.Silver, PartnerTier.Gold, true)]
    [InlineData(PartnerTier.Gold, PartnerTier.Silver, false)]
    [InlineData(PartnerTier.Gold, PartnerTier.Gold, true)]
    [InlineData(PartnerTier.Platinum, PartnerTier.Gold, false)]
    [InlineData(PartnerTier.Platinum, PartnerTier.Platinum, true)]
    public void A_partner_sees_assets_at_or_below_its_tier(PartnerTier minimumTier, PartnerTier partnerTier, bool visible) =>
        AssetFor(minimumTier).VisibleTo(partnerTier).ShouldBe(visible);

    [Fact]
    public void Tier_ranks_follow_Registered_Silver_Gold_Platinum()
    {
        AssetFor(PartnerTier.Registered).MinimumTierRank.ShouldBe(0);
        AssetFor(PartnerTier.Silver).MinimumTierRank.ShouldBe(1);
        AssetFor(PartnerTier.Gold).MinimumTierRank.ShouldBe(2);
        AssetFor(PartnerTier.Platinum).MinimumTierRank.ShouldBe(3);
    }
}
