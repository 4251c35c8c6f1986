using StandardWebhooks;

namespace Webhooks.Infrastructure.Dispatching;

/// <summary>
/// The Standard Webhooks <c>webhook-signature</c> value: <c>v1,</c> + base64 HMAC-SHA256 of <c>id.timestamp.body</c>, one per
/// secret, space-separated (during a rotation a receiver holding either secret verifies).
/// </summary>
internal static class WebhookSigner
{
    public static string Sign(string webhookId, DateTimeOffset timestamp, string payload, IEnumerable<string> secrets) =>
        string.Join(' ', secrets.Select(secret => new StandardWebhook(secret).Sign(webhookId, timestamp, payload)));
}
