using System.Text.Json;
using ChannelPlatform.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>Publishes one outbox row through MassTransit, with the row's id as MessageId and a hard timeout.</summary>
public sealed class OutboxPublisher(IBus bus, IOptions<OutboxOptions> options)
{
    public async Task PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var type = IntegrationEventCatalog.FindByExchange(row.Exchange)
            ?? throw new InvalidOperationException($"No integration event is published to '{row.Exchange}'.");
        var message = JsonSerializer.Deserialize(row.Body, type, OutboxWriter.SerializerOptions)
            ?? throw new InvalidOperationException($"Outbox row {row.Sequence} has an empty body.");
        var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers, OutboxWriter.SerializerOptions) ?? [];

        var timeout = options.Value.PublishTimeout;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        var publish = bus.Publish(
            message,
            type,
            Pipe.Execute<PublishContext>(context =>
            {
                context.MessageId = row.MessageId;
                if (headers.TryGetValue("correlation-id", out var correlationId) && Guid.TryParse(correlationId, out var correlation))
                    context.CorrelationId = correlation;
                foreach (var (name, value) in headers)
                    context.Headers.Set(name, value);
            }),
            cts.Token);
        // WaitAsync as well: a hung client may not observe the token.
        await publish.WaitAsync(timeout, cancellationToken);
    }
}
