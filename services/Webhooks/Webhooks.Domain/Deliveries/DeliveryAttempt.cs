using ChannelPlatform.SharedKernel;

namespace Webhooks.Domain.Deliveries;

/// <summary>One POST of a delivery, kept for the delivery log. The response body is kept as a short snippet only.</summary>
public sealed class DeliveryAttempt : Entity
{
    public const int MaxSnippetLength = 1024;

    private DeliveryAttempt()
    {
    }

    internal DeliveryAttempt(Guid deliveryId, int number, AttemptOutcome outcome, bool manual, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        DeliveryId = deliveryId;
        Number = number;
        AttemptedAt = at;
        StatusCode = outcome.StatusCode;
        LatencyMs = outcome.LatencyMs;
        ResponseSnippet = Truncate(outcome.ResponseSnippet, MaxSnippetLength);
        Error = Truncate(outcome.Error, MaxSnippetLength);
        Succeeded = outcome.Succeeded;
        Manual = manual;
    }

    public Guid DeliveryId { get; private set; }

    public int Number { get; private set; }

    public DateTimeOffset AttemptedAt { get; private set; }

    public int? StatusCode { get; private set; }

    public long LatencyMs { get; private set; }

    public string? ResponseSnippet { get; private set; }

    public string? Error { get; private set; }

    public bool Succeeded { get; private set; }

    /// <summary>Made because someone asked for a redelivery.</summary>
    public bool Manual { get; private set; }

    private static string? Truncate(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
