using Webhooks.Domain.Endpoints;

namespace Webhooks.UnitTests.Endpoints;

public static class Given
{
    public static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);

    public static readonly Guid PartnerId = Guid.Parse("0196f2a0-0000-7000-8000-0000000000a1");

    public static WebhookEndpoint Endpoint(params string[] events) =>
        WebhookEndpoint.Register(
            PartnerId, WebhookUrl.Parse("https://crm.partner.example/hooks"), events.Length == 0 ? [WebhookEventTypes.DealApproved] : events, "CRM", "protected-1", Now);
}
