using ChannelPlatform.SharedKernel;

namespace Webhooks.Domain.Deliveries;

/// <summary>
/// One event for one endpoint: the webhook outbox row. It is attempted until the endpoint answers 2xx or the retry
/// window closes; every attempt carries the same <see cref="WebhookId"/>, so the receiver can drop duplicates.
/// </summary>
public sealed class Delivery : AggregateRoot
{
    private readonly List<DeliveryAttempt> _attempts = [];

    private Delivery()
    {
    }

    public Guid EndpointId { get; private set; }

    public Guid PartnerId { get; private set; }

    /// <summary>The integration event this delivery was made from.</summary>
    public Guid EventId { get; private set; }

    public string EventType { get; private set; } = string.Empty;

    /// <summary>The exact JSON body that is signed and sent, the same on every attempt.</summary>
    public string Payload { get; private set; } = string.Empty;

    public DeliveryStatus Status { get; private set; }

    public int AttemptCount { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Failed attempts are retried until then; a manual redelivery past it gets one attempt.</summary>
    public DateTimeOffset RetryUntil { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>Set by a manual redelivery; its next attempt is logged as manual.</summary>
    public bool RedeliveryRequested { get; private set; }

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public int? LastStatusCode { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset? DeliveredAt { get; private set; }

    public IReadOnlyList<DeliveryAttempt> Attempts => _attempts;

    /// <summary>The Standard Webhooks <c>webhook-id</c>: stable across retries and redeliveries.</summary>
    public string WebhookId => $"msg_{Id:N}";

    public static Delivery Create(Guid endpointId, Guid partnerId, Guid eventId, string eventType, string payload, TimeSpan retryWindow, DateTimeOffset now)
    {
        var delivery = new Delivery
        {
            Id = Guid.CreateVersion7(),
            EndpointId = endpointId,
            PartnerId = partnerId,
            EventId = eventId,
            EventType = eventType,
            Payload = payload,
            Status = DeliveryStatus.Pending,
            CreatedAt = now,
            RetryUntil = now + retryWindow,
            NextAttemptAt = now,
        };
        delivery.IncrementVersion();
        return delivery;
    }

    /// <summary>Logs an attempt; then delivered, retried later (backoff with jitter, never past the window), or failed.</summary>
    public DeliveryAttempt RecordAttempt(AttemptOutcome outcome, RetrySchedule schedule, double jitter, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(schedule);
        if (Status != DeliveryStatus.Pending)
            throw new InvalidTransitionException($"Delivery {Id} is {Status}; only a Pending delivery is attempted.");
        var attempt = new DeliveryAttempt(Id, AttemptCount + 1, outcome, RedeliveryRequested, now);
        _attempts.Add(attempt);
        AttemptCount++;
        RedeliveryRequested = false;
        LastAttemptAt = now;
        LastStatusCode = outcome.StatusCode;
        LastError = outcome.Succeeded ? null : outcome.Describe();
        if (outcome.Succeeded)
            Finish(DeliveryStatus.Succeeded, now);
        else if (now >= RetryUntil)
            Finish(DeliveryStatus.Failed, null);
        else
            NextAttemptAt = Min(now + schedule.DelayAfter(AttemptCount, jitter), RetryUntil);
        IncrementVersion();
        return attempt;
    }

    /// <summary>Asks for one more attempt now, whatever the status, with the same webhook-id.</summary>
    public void Redeliver(DateTimeOffset now)
    {
        Status = DeliveryStatus.Pending;
        RedeliveryRequested = true;
        NextAttemptAt = now;
        DeliveredAt = null;
        if (RetryUntil < now)
            RetryUntil = now;
        IncrementVersion();
    }

    private void Finish(DeliveryStatus status, DateTimeOffset? deliveredAt)
    {
        Status = status;
        NextAttemptAt = null;
        DeliveredAt = deliveredAt;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
