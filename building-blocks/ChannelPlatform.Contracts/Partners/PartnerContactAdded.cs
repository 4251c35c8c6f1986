namespace ChannelPlatform.Contracts.Partners;

/// <summary>
/// A contact (rep) was added to a partner.
/// </summary>
/// <param name="Role">SalesRep, SalesEngineer, Executive, Marketing or Admin.</param>
[Exchange("partner.contact-added")]
public sealed record PartnerContactAdded(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PartnerId,
    Guid ContactId,
    string FirstName,
    string LastName,
    string Email,
    string Role) : IIntegrationEvent;
