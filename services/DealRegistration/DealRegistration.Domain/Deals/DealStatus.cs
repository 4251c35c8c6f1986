namespace DealRegistration.Domain.Deals;

public enum DealStatus
{
    Submitted,
    Approved,
    Rejected,
    Won,
    Lost,
    Expired,
}

public enum ConflictReason
{
    SameDomain,
    SimilarName,
}

public enum CoSellType
{
    Demo,
    Poc,
    TechnicalValidation,
    ExecutiveSponsor,
    PricingSupport,
}

public enum CoSellStatus
{
    Requested,
    Assigned,
    Completed,
}
