using System.Text.Json;
using ChannelPlatform.Contracts;
using MassTransit;
using Microsoft.Extensions.Options;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>Publishes one outbox row through MassTransit, with the row's id as MessageId and a hard timeout.</summary>
public sealed class OutboxPublisher(IBus bus, IOptions<OutboxOptions> options)
{
    public async Task PublishAsync(ClaimedRow row, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(row);
        var (type, message, headers) = Read(row);
        var timeout = options.Value.PublishTimeout;
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        cts.CancelAfter(timeout);
        var publish = bus.Publish(message, type, Pipe.Execute<PublishContext>(context => Stamp(context, row, headers)), cts.Token);
        try
        {
            // WaitAsync as well: a hung client may not observe the token.
            await publish.WaitAsync(timeout, cancellationToken);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new TimeoutException($"The broker did not confirm the publish within {timeout.TotalSeconds:0.#} s.");
        }
    }

    private static (Type Type, object Message, Dictionary<string, string> Headers) Read(ClaimedRow row)
    {
        var type = IntegrationEventCatalog.FindByExchange(row.Exchange)
            ?? throw new UnpublishableRowException($"No integration event is published to '{row.Exchange}'.");
        try
        {
            var message = JsonSerializer.Deserialize(row.Body, type, OutboxWriter.SerializerOptions)
                ?? throw new UnpublishableRowException($"Outbox row {row.Sequence} has an empty body.");
            var headers = JsonSerializer.Deserialize<Dictionary<string, string>>(row.Headers, OutboxWriter.SerializerOptions) ?? [];
            return (type, message, headers);
        }
        catch (JsonException ex)
        {
            throw new UnpublishableRowException($"Outbox row {row.Sequence} cannot be read as {type.Name}: {ex.Message}", ex);
        }
    }

    private static void Stamp(PublishContext context, ClaimedRow row, Dictionary<string, string> headers)
    {
        context.MessageId = row.MessageId;
        if (headers.TryGetValue("correlation-id", out var correlationId) && Guid.TryParse(correlationId, out var correlation))
            context.CorrelationId = correlation;
        foreach (var (name, value) in headers)
            context.Headers.Set(name, value);
    }
}

/// <summary>A row no broker can take as it stands (unknown exchange, unreadable body): it counts towards dead-lettering.</summary>
public sealed class UnpublishableRowException(string message, Exception? inner = null) : Exception(message, inner);
