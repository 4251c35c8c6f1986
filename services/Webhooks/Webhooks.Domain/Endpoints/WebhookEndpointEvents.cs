using ChannelPlatform.SharedKernel;

namespace Webhooks.Domain.Endpoints;

/// <summary>The endpoint failed every delivery for the whole grace period and was switched off.</summary>
public sealed record WebhookEndpointDisabledEvent(WebhookEndpoint Endpoint, DateTimeOffset OccurredAt) : IDomainEvent;
