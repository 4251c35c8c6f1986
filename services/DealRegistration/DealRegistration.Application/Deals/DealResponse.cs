using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using DealRegistration.Domain.Deals;

namespace DealRegistration.Application.Deals;

public sealed record CustomerResponse(string CompanyName, string? Domain, string Country, string? ContactEmail);

/// <summary>
/// A conflict with the signals that matched (<c>matchedOn</c>: signal names only, never the other registration's words).
/// A Partner caller gets reason, status and matchedOn only: no similarity, never the other deal or partner.
/// </summary>
public sealed record ConflictResponse(
    ConflictReason Reason,
    double? Similarity,
    DealStatus ConflictingStatus,
    Guid? ConflictingDealId,
    Guid? ConflictingPartnerId,
    IReadOnlyList<string> MatchedOn);

public sealed record HistoryResponse(DealStatus Status, DateTimeOffset At, string By, string? Note);

public sealed record CoSellResponse(Guid Id, Guid DealId, CoSellType Type, CoSellStatus Status, string? Notes, string RequestedBy, DateTimeOffset RequestedAt, string? SalesEngineer, DateTimeOffset? AssignedAt, string? Outcome, DateTimeOffset? CompletedAt);

public sealed record DealResponse(
    Guid Id,
    Guid PartnerId,
    Guid? SubmittedByContactId,
    CustomerResponse Customer,
    IReadOnlyList<string> Products,
    decimal EstimatedValue,
    string Currency,
    DateOnly ExpectedCloseDate,
    Guid? CampaignId,
    Guid? LeadId,
    string? Description,
    DealStatus Status,
    DateTimeOffset SubmittedAt,
    DateTimeOffset DecisionDueAt,
    bool Overdue,
    DateTimeOffset? DecidedAt,
    double? DecisionHours,
    DateTimeOffset? ProtectionExpiresAt,
    bool ProtectionExtended,
    decimal? ActualValue,
    DateOnly? ClosedOn,
    string? Reason,
    bool ConflictsOverridden,
    IReadOnlyList<ConflictResponse> Conflicts,
    IReadOnlyList<HistoryResponse> History,
    IReadOnlyList<CoSellResponse> CoSellRequests,
    string Version) : IVersioned;

public static class DealMapping
{
    public static DealResponse ToResponse(this Deal d, ICurrentUser viewer, DateTimeOffset now) => new(
        d.Id,
        d.PartnerId,
        d.SubmittedByContactId,
        new CustomerResponse(d.Customer.CompanyName, d.Customer.Domain, d.Customer.Country, d.Customer.ContactEmail),
        d.Products,
        d.EstimatedValue,
        d.Currency,
        d.ExpectedCloseDate,
        d.CampaignId,
        d.LeadId,
        d.Description,
        d.Status,
        d.SubmittedAt,
        d.DecisionDueAt,
        d.IsOverdue(now),
        d.DecidedAt,
        d.DecisionHours,
        d.ProtectionExpiresAt,
        d.ProtectionExtended,
        d.ActualValue,
        d.ClosedOn,
        d.Reason,
        d.ConflictsOverridden,
        d.Conflicts.Select(c => viewer.IsPartner
            ? new ConflictResponse(c.Reason, null, c.ConflictingStatus, null, null, c.MatchedOn ?? [])
            : new ConflictResponse(c.Reason, c.Similarity, c.ConflictingStatus, c.ConflictingDealId, c.ConflictingPartnerId, c.MatchedOn ?? [])).ToList(),
        d.History.Select(h => new HistoryResponse(h.Status, h.At, h.By, h.Note)).ToList(),
        d.CoSellRequests.Select(r => r.ToResponse()).ToList(),
        VersionTag.Format(d.Version));

    public static CoSellResponse ToResponse(this CoSellRequest r) =>
        new(r.Id, r.DealId, r.Type, r.Status, r.Notes, r.RequestedBy, r.RequestedAt, r.SalesEngineer, r.AssignedAt, r.Outcome, r.CompletedAt);
}
