using ChannelPlatform.SharedKernel;

namespace Webhooks.Domain.Endpoints;

/// <summary>
/// Delivery health: a run of failures starts at the first failed attempt after a success; an endpoint still
/// failing after the grace period is disabled once, and its owner is told. Health changes do not move the
/// version: they are not edits of the resource a client could conflict with.
/// </summary>
public sealed partial class WebhookEndpoint
{
    public void RecordDeliverySucceeded()
    {
        FailingSince = null;
        LastError = null;
    }

    public void RecordDeliveryFailed(string error, DateTimeOffset now)
    {
        FailingSince ??= now;
        LastError = error;
    }

    /// <returns>true when this call disabled the endpoint.</returns>
    public bool DisableIfFailingFor(TimeSpan gracePeriod, DateTimeOffset now)
    {
        if (!Enabled || FailingSince is not { } since || now - since < gracePeriod)
            return false;
        Disable($"Every delivery failed since {since:O}; last error: {LastError}", now);
        UpdatedAt = now;
        Raise(new WebhookEndpointDisabledEvent(this, now));
        return true;
    }
}
