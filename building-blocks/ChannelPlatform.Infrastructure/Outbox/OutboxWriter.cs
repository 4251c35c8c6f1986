using System.Collections.Concurrent;
using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts;
using ChannelPlatform.SharedKernel;
using Microsoft.EntityFrameworkCore;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>Turns the tracked aggregates' domain events into outbox rows through the service's one mapper.</summary>
public sealed class OutboxWriter(IIntegrationEventMapper mapper, TimeProvider clock, ICorrelationContext correlation)
{
    private static readonly ConcurrentDictionary<Type, PropertyInfo?> PartnerIdProperties = new();

    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <returns>The number of rows added.</returns>
    public int AddPendingEvents(DbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        var aggregates = db.ChangeTracker.Entries<AggregateRoot>()
            .Select(e => e.Entity)
            .Where(a => a.DomainEvents.Count > 0)
            .ToList();
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var aggregate in aggregates)
        {
            foreach (var domainEvent in aggregate.DomainEvents)
            {
                foreach (var integrationEvent in mapper.Map(domainEvent))
                {
                    db.Add(ToRow(aggregate.Id, integrationEvent, now));
                    added++;
                }
            }

            aggregate.ClearDomainEvents();
        }

        return added;
    }

    private OutboxMessage ToRow(Guid aggregateId, IIntegrationEvent integrationEvent, DateTimeOffset now)
    {
        var type = integrationEvent.GetType();
        var headers = new Dictionary<string, string>
        {
            ["correlation-id"] = correlation.CorrelationId,
        };
        if (Activity.Current?.Id is { } traceparent)
            headers["traceparent"] = traceparent;
        if (PartnerIdOf(integrationEvent) is { } partnerId)
            headers["partner-id"] = partnerId.ToString();

        return new OutboxMessage
        {
            MessageId = integrationEvent.EventId,
            MessageType = type.FullName!,
            Exchange = IntegrationEventCatalog.ExchangeOf(type),
            Body = JsonSerializer.Serialize(integrationEvent, type, SerializerOptions),
            Headers = JsonSerializer.Serialize(headers, SerializerOptions),
            AggregateId = aggregateId,
            CreatedAt = now,
            NotBefore = now,
        };
    }

    private static Guid? PartnerIdOf(IIntegrationEvent integrationEvent)
    {
        var property = PartnerIdProperties.GetOrAdd(integrationEvent.GetType(), t => t.GetProperty("PartnerId"));
        return property?.GetValue(integrationEvent) as Guid?;
    }
}
