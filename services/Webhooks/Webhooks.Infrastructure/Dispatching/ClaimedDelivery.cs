namespace Webhooks.Infrastructure.Dispatching;

/// <summary>What one attempt needs, read once at claim time: where to, what, and the secrets (still protected) to sign with.</summary>
internal sealed record ClaimedDelivery(Guid Id, string WebhookId, Uri Url, string Payload, IReadOnlyList<string> ProtectedSecrets);
