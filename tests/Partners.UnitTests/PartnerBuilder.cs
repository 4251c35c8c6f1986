using ChannelPlatform.SharedKernel;
using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.UnitTests;

/// <summary>Reaches each partner status in one call, through the same behaviour methods production uses.</summary>
public static class PartnerBuilder
{
    public static readonly DateTimeOffset Now = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    public static readonly Currency Usd = Currency.Of("USD");

    public static readonly DateOnly EffectiveFrom = new(2026, 4, 1);

    /// <summary>All 4s: 75, comfortably qualifying.</summary>
    public static FitScores QualifyingScores => new(4, 4, 4, 4, 4);

    /// <summary>All 2s: 25, declined.</summary>
    public static FitScores DecliningScores => new(2, 2, 2, 2, 2);

    public static Partner Prospect(PartnerType type = PartnerType.Reseller, string website = "https://www.acme.com") =>
        Partner.Prospect("Acme Networks", type, website, Region.Emea, "de", 25, ["Networking"], Now);

    public static Partner Qualified(PartnerType type = PartnerType.Reseller)
    {
        var partner = Prospect(type);
        partner.Evaluate(QualifyingScores, null, Now);
        return partner;
    }

    public static Partner Declined(PartnerType type = PartnerType.Reseller)
    {
        var partner = Prospect(type);
        partner.Evaluate(DecliningScores, null, Now);
        return partner;
    }

    public static Partner Onboarding(PartnerType type = PartnerType.Reseller)
    {
        var partner = Qualified(type);
        partner.DraftAgreement(EffectiveFrom, null, TermsFor(type), PartnerBuilder.Usd, Now);
        return partner;
    }

    public static Partner Active(PartnerType type = PartnerType.Reseller)
    {
        var partner = Onboarding(type);
        partner.SignAgreement(partner.Agreements[0].Id, "Jane Doe", Registered(), Now);
        return partner;
    }

    public static Partner Suspended(PartnerType type = PartnerType.Reseller)
    {
        var partner = Active(type);
        partner.Suspend("Unpaid invoices", Now);
        return partner;
    }

    public static Partner Terminated(PartnerType type = PartnerType.Reseller)
    {
        var partner = Active(type);
        partner.Terminate("Contract ended", Now);
        return partner;
    }

    public static Partner InStatus(PartnerStatus status) => status switch
    {
        PartnerStatus.Prospect => Prospect(),
        PartnerStatus.Qualified => Qualified(),
        PartnerStatus.Declined => Declined(),
        PartnerStatus.Onboarding => Onboarding(),
        PartnerStatus.Active => Active(),
        PartnerStatus.Suspended => Suspended(),
        PartnerStatus.Terminated => Terminated(),
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>A valid term in the middle of the type's range.</summary>
    public static AgreementTerms TermsFor(PartnerType type) => type switch
    {
        PartnerType.Reseller => AgreementTerms.For(type, 20m, null, null, null),
        PartnerType.Msp => AgreementTerms.For(type, 30m, null, null, null),
        PartnerType.Referral => AgreementTerms.For(type, null, 12m, null, null),
        PartnerType.SystemIntegrator => AgreementTerms.For(type, null, null, 10m, null),
        PartnerType.Technology => AgreementTerms.For(type, null, null, null, 15m),
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>
    /// Fresh definitions with the default values: <see cref="TierDefinition.Defaults"/> holds shared mutable
    /// instances, so tests never hand those out.
    /// </summary>
    public static TierProgram DefaultProgram() => new(DefaultDefinitions());

    public static List<TierDefinition> DefaultDefinitions() =>
    [
        new(PartnerTier.Registered, 0m, 0, 0m, 0m, 60),
        new(PartnerTier.Silver, 100_000m, 2, 2m, 1m, 90),
        new(PartnerTier.Gold, 500_000m, 5, 4m, 2m, 90),
        new(PartnerTier.Platinum, 1_000_000m, 10, 6m, 3m, 120),
    ];

    public static TierDefinition Registered() => DefaultProgram()[PartnerTier.Registered];

    public static TierDefinition Definition(PartnerTier tier) => DefaultProgram()[tier];

    /// <summary>An active partner moved to <paramref name="tier"/> by ordinary promotion, with its events cleared.</summary>
    public static Partner ActiveAt(PartnerTier tier)
    {
        var partner = Active();
        if (tier != PartnerTier.Registered)
            partner.PromoteIfQualified(tier, Definition(tier), Now);
        partner.ClearDomainEvents();
        return partner;
    }
}
