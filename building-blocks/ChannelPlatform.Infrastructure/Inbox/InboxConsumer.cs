using ChannelPlatform.Application.Messaging;
using MassTransit;

namespace ChannelPlatform.Infrastructure.Inbox;

/// <summary>
/// A thin consumer: inbox check, then the effect (map the message to a command and send it).
/// Outgoing events go to the outbox, never straight to the bus.
/// </summary>
public abstract class InboxConsumer<TMessage>(IInbox inbox, ICorrelationContext correlation) : IConsumer<TMessage>
    where TMessage : class
{
    public Task Consume(ConsumeContext<TMessage> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("A message without a MessageId cannot be de-duplicated.");
        if (correlation is CorrelationContext settable)
            settable.CorrelationId = context.Headers.Get<string>("correlation-id") ?? context.CorrelationId?.ToString() ?? messageId.ToString();
        return inbox.ExecuteOnceAsync(messageId, GetType().Name, ct => ApplyAsync(context.Message, ct), context.CancellationToken);
    }

    protected abstract Task ApplyAsync(TMessage message, CancellationToken cancellationToken);
}
