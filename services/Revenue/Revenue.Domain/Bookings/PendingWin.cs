namespace Revenue.Domain.Bookings;

/// <summary>
/// A won deal that cannot be booked yet: the partner's activation or the agreement in force on the close
/// date has not arrived. It is booked as soon as they do, never with a zero compensation by accident.
/// </summary>
public sealed class PendingWin
{
    private PendingWin()
    {
    }

    public Guid DealId { get; private set; }

    public Guid PartnerId { get; private set; }

    public decimal ActualValue { get; private set; }

    public string Currency { get; private set; } = string.Empty;

    public DateOnly ClosedOn { get; private set; }

    public Guid? CampaignId { get; private set; }

    public string WaitingFor { get; private set; } = string.Empty;

    public DateTimeOffset ReceivedAt { get; private set; }

    public static PendingWin Waiting(Guid dealId, Guid partnerId, decimal value, string currency, DateOnly closedOn, Guid? campaignId, string waitingFor, DateTimeOffset now) =>
        new()
        {
            DealId = dealId,
            PartnerId = partnerId,
            ActualValue = value,
            Currency = currency,
            ClosedOn = closedOn,
            CampaignId = campaignId,
            WaitingFor = waitingFor,
            ReceivedAt = now,
        };

    public void StillWaitingFor(string what) => WaitingFor = what;
}
