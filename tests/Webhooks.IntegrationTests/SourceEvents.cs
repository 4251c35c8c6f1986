using ChannelPlatform.Contracts.DealRegistration;

namespace Webhooks.IntegrationTests;

/// <summary>Integration events as DealRegistration would publish them.</summary>
public static class SourceEvents
{
    public static DealApproved DealApproved(Guid partnerId, Guid? dealId = null) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, dealId ?? Guid.CreateVersion7(), partnerId, 80_000m, "USD", new DateOnly(2027, 3, 31), DateTimeOffset.UtcNow.AddDays(60), 6.5, null);

    public static DealWon DealWon(Guid partnerId) =>
        new(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.CreateVersion7(), partnerId, 75_000m, "USD", new DateOnly(2026, 12, 1), null);
}
