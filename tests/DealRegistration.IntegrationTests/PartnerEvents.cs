using ChannelPlatform.Contracts;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>
/// partner.* events published to the broker as the Partner service would; each helper waits until
/// DealRegistration's inbox has applied the message (the inbox row commits with the projection).
/// </summary>
public sealed class PartnerEvents(DealServiceFixture service)
{
    /// <summary>A new partner, Active in DealRegistration's projection.</summary>
    public async Task<Guid> ActiveAsync(int protectionDays = 60, string tier = "Registered")
    {
        var partnerId = Guid.CreateVersion7();
        await ApplyAsync(Activated(partnerId, DateTimeOffset.UtcNow, protectionDays, tier));
        return partnerId;
    }

    /// <summary>A new active contact of the partner.</summary>
    public async Task<Guid> ContactAsync(Guid partnerId)
    {
        var contactId = Guid.CreateVersion7();
        await ApplyAsync(ContactAdded(partnerId, contactId));
        return contactId;
    }

    public Task PublishAsync(IIntegrationEvent message, Guid? messageId = null) =>
        EventProducer.PublishAsync(service.Broker.Amqp, message, messageId);

    /// <summary>Publishes and waits until the inbox has applied it.</summary>
    public async Task ApplyAsync(IIntegrationEvent message, Guid? messageId = null)
    {
        await PublishAsync(message, messageId);
        await ConsumedAsync(messageId ?? message.EventId);
    }

    public Task ConsumedAsync(Guid messageId) =>
        Eventually.True(() => service.ConsumedAsync(messageId), what: $"the inbox to apply message {messageId}");

    public static PartnerActivated Activated(Guid partnerId, DateTimeOffset at, int protectionDays = 60, string tier = "Registered") =>
        new(Guid.NewGuid(), at, partnerId, $"Partner {partnerId:N}"[..20], "Reseller", tier, "Emea", "DE", at, protectionDays, 0m, 0m);

    public static PartnerSuspended Suspended(Guid partnerId, DateTimeOffset at) => new(Guid.NewGuid(), at, partnerId, "Unpaid invoices");

    public static PartnerReactivated Reactivated(Guid partnerId, DateTimeOffset at) => new(Guid.NewGuid(), at, partnerId);

    public static PartnerTerminated Terminated(Guid partnerId, DateTimeOffset at) => new(Guid.NewGuid(), at, partnerId, "Contract ended");

    public static PartnerTierChanged TierChanged(Guid partnerId, string from, string to, int protectionDays, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, partnerId, from, to, "Promoted", protectionDays, 4m, 2m);

    public static PartnerContactAdded ContactAdded(Guid partnerId, Guid contactId, DateTimeOffset? at = null) =>
        new(Guid.NewGuid(), at ?? DateTimeOffset.UtcNow, partnerId, contactId, "Ada", "Lovelace", $"ada.{contactId:N}@partner.example", "SalesRep");

    public static PartnerContactDeactivated ContactDeactivated(Guid partnerId, Guid contactId, DateTimeOffset? at = null) =>
        new(Guid.NewGuid(), at ?? DateTimeOffset.UtcNow, partnerId, contactId);
}
