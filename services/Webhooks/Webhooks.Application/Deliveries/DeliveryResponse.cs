using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Webhooks.Domain.Deliveries;

namespace Webhooks.Application.Deliveries;

/// <param name="ResponseSnippet">At most the first 1 KB of what the endpoint answered.</param>
public sealed record AttemptResponse(
    int Number, DateTimeOffset AttemptedAt, bool Succeeded, int? StatusCode, long LatencyMs, string? ResponseSnippet, string? Error, bool Manual);

/// <param name="WebhookId">The <c>webhook-id</c> header: the same on every attempt, for the receiver to drop duplicates.</param>
/// <param name="Payload">The exact body sent (with <c>?include=payload</c> on a single delivery; null in lists).</param>
public sealed record DeliveryResponse(
    Guid Id,
    Guid EndpointId,
    string WebhookId,
    string EventType,
    Guid EventId,
    DeliveryStatus Status,
    int AttemptCount,
    DateTimeOffset CreatedAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset RetryUntil,
    DateTimeOffset? DeliveredAt,
    int? LastStatusCode,
    string? LastError,
    IReadOnlyList<AttemptResponse> Attempts,
    string? Payload,
    string Version) : IVersioned;

public static class DeliveryMapping
{
    public static DeliveryResponse ToResponse(this Delivery d, IEnumerable<DeliveryAttempt> attempts, bool withPayload) =>
        new(
            d.Id,
            d.EndpointId,
            d.WebhookId,
            d.EventType,
            d.EventId,
            d.Status,
            d.AttemptCount,
            d.CreatedAt,
            d.NextAttemptAt,
            d.RetryUntil,
            d.DeliveredAt,
            d.LastStatusCode,
            d.LastError,
            attempts.OrderBy(a => a.Number).Select(ToResponse).ToList(),
            withPayload ? d.Payload : null,
            VersionTag.Format(d.Version));

    private static AttemptResponse ToResponse(DeliveryAttempt a) =>
        new(a.Number, a.AttemptedAt, a.Succeeded, a.StatusCode, a.LatencyMs, a.ResponseSnippet, a.Error, a.Manual);
}
