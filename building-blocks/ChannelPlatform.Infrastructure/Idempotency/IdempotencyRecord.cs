namespace ChannelPlatform.Infrastructure.Idempotency;

/// <summary>A POST replayed by <c>Idempotency-Key</c>: the first response, kept 24 hours, per caller.</summary>
public sealed class IdempotencyRecord
{
    public required string Caller { get; set; }

    public required string Key { get; set; }

    public required string RequestHash { get; set; }

    /// <summary>Null while the first request is still running.</summary>
    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
