namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>An outbox row this relay holds for the length of its claim transaction.</summary>
public sealed record ClaimedRow(long Sequence, Guid MessageId, string Exchange, string Body, string Headers, Guid AggregateId, int Attempts, int Rejections);
