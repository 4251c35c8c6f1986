using ChannelPlatform.Contracts;
using ChannelPlatform.Contracts.Partners;
using ChannelPlatform.Testing;

namespace Enablement.IntegrationTests;

/// <summary>
/// partner.* events published to the broker as the Partner service would; each helper waits until
/// Enablement's inbox has applied the message (the inbox row commits with the roster change).
/// </summary>
public sealed class PartnerEvents(EnablementServiceFixture service)
{
    /// <summary>A new partner, Active in Enablement's roster.</summary>
    public async Task<Guid> ActiveAsync(string tier = "Registered")
    {
        var partnerId = Guid.CreateVersion7();
        await ApplyAsync(Activated(partnerId, DateTimeOffset.UtcNow.AddMinutes(-30), tier));
        return partnerId;
    }

    /// <summary>A new active contact of the partner (a SalesRep unless told).</summary>
    public async Task<Guid> ContactAsync(Guid partnerId, string role = "SalesRep", string firstName = "Ada", string lastName = "Lovelace")
    {
        var contactId = Guid.CreateVersion7();
        await ApplyAsync(ContactAdded(partnerId, contactId, role, firstName, lastName));
        return contactId;
    }

    /// <summary>Several reps, published together and awaited together.</summary>
    public async Task<IReadOnlyList<Guid>> RepsAsync(Guid partnerId, int count, string lastNamePrefix = "Rep")
    {
        var added = Enumerable.Range(0, count)
            .Select(i => ContactAdded(partnerId, Guid.CreateVersion7(), i % 2 == 0 ? "SalesRep" : "SalesEngineer", "Rep", $"{lastNamePrefix}{i:00}"))
            .ToList();
        foreach (var message in added)
            await PublishAsync(message);
        foreach (var message in added)
            await ConsumedAsync(message.EventId);
        return added.Select(m => m.ContactId).ToList();
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

    public static PartnerActivated Activated(Guid partnerId, DateTimeOffset at, string tier = "Registered") =>
        new(Guid.NewGuid(), at, partnerId, $"Partner {partnerId:N}"[..20], "Reseller", tier, "Emea", "DE", at, 60, 0m, 0m);

    public static PartnerSuspended Suspended(Guid partnerId, DateTimeOffset at) => new(Guid.NewGuid(), at, partnerId, "Unpaid invoices");

    public static PartnerReactivated Reactivated(Guid partnerId, DateTimeOffset at) => new(Guid.NewGuid(), at, partnerId);

    public static PartnerTerminated Terminated(Guid partnerId, DateTimeOffset at) => new(Guid.NewGuid(), at, partnerId, "Contract ended");

    public static PartnerTierChanged TierChanged(Guid partnerId, string from, string to, DateTimeOffset at) =>
        new(Guid.NewGuid(), at, partnerId, from, to, "Promoted", 90, 4m, 2m);

    public static PartnerContactAdded ContactAdded(Guid partnerId, Guid contactId, string role = "SalesRep", string firstName = "Ada", string lastName = "Lovelace", DateTimeOffset? at = null) =>
        new(Guid.NewGuid(), at ?? DateTimeOffset.UtcNow, partnerId, contactId, firstName, lastName, $"rep.{contactId:N}@partner.example", role);

    public static PartnerContactDeactivated ContactDeactivated(Guid partnerId, Guid contactId, DateTimeOffset? at = null) =>
        new(Guid.NewGuid(), at ?? DateTimeOffset.UtcNow, partnerId, contactId);
}
