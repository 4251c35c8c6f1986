namespace DealRegistration.Domain.Deals;

/// <summary>What a partner registers.</summary>
public sealed record DealRegistrationData(
    Guid PartnerId,
    Guid? SubmittedByContactId,
    Customer Customer,
    IReadOnlyList<string> Products,
    decimal EstimatedValue,
    string Currency,
    DateOnly ExpectedCloseDate,
    Guid? CampaignId,
    Guid? LeadId,
    string? Description);
