using ChannelPlatform.Contracts;
using ChannelPlatform.Infrastructure.Inbox;

namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>Which queue an inbox consumer reads: <c>&lt;service&gt;.&lt;exchange with its first dot as a dash&gt;</c>.</summary>
public static class ConsumerEndpoints
{
    public static Type MessageTypeOf(Type consumerType)
    {
        ArgumentNullException.ThrowIfNull(consumerType);
        for (var t = consumerType; t is not null; t = t.BaseType)
        {
            if (t.IsGenericType && t.GetGenericTypeDefinition() == typeof(InboxConsumer<>))
                return t.GetGenericArguments()[0];
        }

        throw new ArgumentException($"{consumerType.Name} is not an InboxConsumer<T>.", nameof(consumerType));
    }

    public static string QueueFor(string service, Type consumerType) =>
        ConsumerBinding.QueueName(service, IntegrationEventCatalog.ExchangeOf(MessageTypeOf(consumerType)));
}
