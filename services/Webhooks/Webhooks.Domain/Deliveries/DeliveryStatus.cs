namespace Webhooks.Domain.Deliveries;

public enum DeliveryStatus
{
    /// <summary>Waiting for its next attempt (the first, a retry, or a manual redelivery).</summary>
    Pending,

    /// <summary>The endpoint answered 2xx.</summary>
    Succeeded,

    /// <summary>Every attempt failed until the retry window closed; it can still be redelivered by hand.</summary>
    Failed,
}
