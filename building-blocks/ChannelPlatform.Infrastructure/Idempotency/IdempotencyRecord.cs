namespace ChannelPlatform.Infrastructure.Idempotency;

/// <summary>A POST replayed by <c>Idempotency-Key</c>: the first response, kept 24 hours, per caller.</summary>
public sealed class IdempotencyRecord
{
    public required string Caller { get; set; }

    public required string Key { get; set; }

    public required string RequestHash { get; set; }

    /// <summary>Null only inside the transaction of the first request (nobody else can see it then).</summary>
    public int? StatusCode { get; set; }

    public string? ContentType { get; set; }

    public string? Location { get; set; }

    public string? ETag { get; set; }

    public byte[]? Body { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}

/// <summary>The response a first request gave, as it is stored and replayed.</summary>
public sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, string? ETag, byte[] Body);
