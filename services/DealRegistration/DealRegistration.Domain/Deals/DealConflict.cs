namespace DealRegistration.Domain.Deals;

/// <summary>
/// An earlier open registration of another partner for the same customer and a shared product, with the signals
/// that matched (<see cref="Conflicts.Matching.MatchSignals"/>; none on conflicts found before the matcher listed them).
/// </summary>
public sealed record DealConflict(
    ConflictReason Reason,
    double Similarity,
    Guid ConflictingDealId,
    Guid ConflictingPartnerId,
    DealStatus ConflictingStatus,
    List<string>? MatchedOn = null);
