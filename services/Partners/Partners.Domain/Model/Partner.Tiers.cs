using ChannelPlatform.SharedKernel;
using Partners.Domain.Tiers;

namespace Partners.Domain.Model;

public sealed partial class Partner
{
    /// <summary>Promotion happens as soon as the thresholds of a higher tier are met; never demotes.</summary>
    public bool PromoteIfQualified(PartnerTier qualified, TierDefinition definition, DateTimeOffset now)
    {
        CheckQualifiedDefinition(qualified, definition);
        if (Status != PartnerStatus.Active || Tier is not { } current || TierPinned || qualified <= current)
            return false;
        ChangeTier(definition, $"Promoted: qualifies for {qualified}", now);
        return true;
    }

    /// <summary>The quarterly review: the tier becomes what the numbers qualify for (demotion happens only here) and overrides end.</summary>
    public bool Review(PartnerTier qualified, TierDefinition definition, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        CheckQualifiedDefinition(qualified, definition);
        if (Status is not (PartnerStatus.Active or PartnerStatus.Suspended) || Tier is not { } current)
            return false;
        var wasPinned = TierPinned;
        TierPinned = false;
        if (qualified == current)
        {
            if (wasPinned)
                IncrementVersion();
            return false;
        }

        ChangeTier(definition, qualified < current ? $"Quarterly review: demoted to {qualified}" : $"Quarterly review: promoted to {qualified}", now);
        return true;
    }

    /// <summary>A channel manager sets the tier by hand; it holds until the next quarterly review.</summary>
    public void OverrideTier(TierDefinition definition, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (Status is not (PartnerStatus.Active or PartnerStatus.Suspended) || Tier is null)
            throw new InvalidTransitionException($"Partner is {Status}; only an Active or Suspended partner has a tier to override.");
        TierPinned = true;
        if (Tier == definition.Tier)
        {
            IncrementVersion();
            return;
        }

        ChangeTier(definition, $"Override: {reason.Trim()}", now);
    }

    private static void CheckQualifiedDefinition(PartnerTier qualified, TierDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Tier != qualified)
            throw new ArgumentException($"The definition given is {definition.Tier}'s, not {qualified}'s.", nameof(definition));
    }

    private void ChangeTier(TierDefinition definition, string reason, DateTimeOffset now)
    {
        var from = Tier ?? PartnerTier.Registered;
        Tier = definition.Tier;
        Raise(new PartnerTierChanged(this, from, definition, reason, now));
    }
}
