namespace ChannelPlatform.Contracts.Webhooks;

/// <summary>
/// A partner's webhook endpoint failed every delivery for the configured period (5 days by default)
/// and was disabled; its deliveries are kept. Meant for telling the partner's contacts.
/// </summary>
/// <param name="LastError">What the last attempt got: an HTTP status, a timeout or a refused address.</param>
[Exchange("webhooks.endpoint-disabled")]
public sealed record WebhookEndpointDisabled(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid EndpointId,
    Guid PartnerId,
    string Url,
    string LastError,
    DateTimeOffset DisabledAt) : IIntegrationEvent;
