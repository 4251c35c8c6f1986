using ChannelPlatform.SharedKernel;
using Enablement.Domain.Roster;

namespace Enablement.Domain.Assets;

public enum AssetKind
{
    SalesKit,
    Collateral,
    Playbook,
    Battlecard,
    Presentation,
    Video,
}

/// <summary>Sales material with a minimum tier: partners at that tier or above see it.</summary>
public sealed class Asset : AggregateRoot
{
    private Asset()
    {
    }

    public string Title { get; private set; } = string.Empty;

    public AssetKind Kind { get; private set; }

    public string Url { get; private set; } = string.Empty;

    public string? Product { get; private set; }

    public PartnerTier MinimumTier { get; private set; }

    /// <summary>The tier as a number (Registered 0 … Platinum 3), so "at or below the partner's tier" is an indexed comparison.</summary>
    public int MinimumTierRank { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static Asset Publish(string title, AssetKind kind, string url, string? product, PartnerTier minimumTier, DateTimeOffset now)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new InvalidValueException("url", "url must be an absolute http(s) address.");
        var asset = new Asset
        {
            Id = Guid.CreateVersion7(),
            Title = title.Trim(),
            Kind = kind,
            Url = url,
            Product = string.IsNullOrWhiteSpace(product) ? null : product.Trim(),
            MinimumTier = minimumTier,
            MinimumTierRank = (int)minimumTier,
            CreatedAt = now,
        };
        asset.IncrementVersion();
        return asset;
    }

    public bool VisibleTo(PartnerTier tier) => MinimumTier <= tier;
}
