namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>An integration event waiting to be published; written in the transaction of the change that raised it.</summary>
public sealed class OutboxMessage
{
    public long Sequence { get; set; }

    /// <summary>Becomes MassTransit's MessageId, so consumers' inboxes recognise a republished row.</summary>
    public Guid MessageId { get; set; }

    public required string MessageType { get; set; }

    public required string Exchange { get; set; }

    public required string Body { get; set; }

    public required string Headers { get; set; }

    public Guid AggregateId { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset NotBefore { get; set; }

    /// <summary>Every failed try, whatever the cause (drives the backoff).</summary>
    public int Attempts { get; set; }

    /// <summary>Failures the broker or serializer answered; only these lead to <see cref="DeadAt"/>.</summary>
    public int Rejections { get; set; }

    public string? LastError { get; set; }

    public DateTimeOffset? DispatchedAt { get; set; }

    public DateTimeOffset? DeadAt { get; set; }
}
