using MassTransit;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>
/// Why a publish failed, as far as it matters to the row: the broker or serializer answered (a rejection, which
/// counts towards dead-lettering), or the broker could not be reached in time (never counts: the row waits).
/// </summary>
public static class PublishFailure
{
    public static bool IsRejection(Exception exception) => exception switch
    {
        UnpublishableRowException => true,
        NotSupportedException => true, // the serializer cannot write the message
        MessageNotAcknowledgedException => true, // the broker answered with a nack
        AggregateException a => a.InnerExceptions.Count > 0 && a.InnerExceptions.All(IsRejection),
        _ => false,
    };
}
