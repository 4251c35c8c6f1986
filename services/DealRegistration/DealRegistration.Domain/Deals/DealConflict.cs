namespace DealRegistration.Domain.Deals;

/// <summary>An earlier open registration of another partner for the same customer and a shared product.</summary>
public sealed record DealConflict(ConflictReason Reason, double Similarity, Guid ConflictingDealId, Guid ConflictingPartnerId, DealStatus ConflictingStatus);
