namespace Revenue.Domain.Partners;

public enum PartnerType
{
    Reseller,
    SystemIntegrator,
    Referral,
    Technology,
    Msp,
}

public enum PartnerTier
{
    Registered,
    Silver,
    Gold,
    Platinum,
}

public enum Region
{
    NorthAmerica,
    LatinAmerica,
    Emea,
    Apac,
}

/// <summary>What a partner's compensation on a booking is called, by its agreement's partner type.</summary>
public enum CompensationBasis
{
    Margin,
    Commission,
    ReferralFee,
    RevenueShare,
}
