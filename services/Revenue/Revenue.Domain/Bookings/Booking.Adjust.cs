using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Bookings;

/// <summary>Adjustments: at the booking's own percent and exchange rates, never today's.</summary>
public sealed partial class Booking
{
    /// <summary>
    /// A refund or credit (negative) or a correction (positive), in the booking's currency. The reporting amount and
    /// the compensation are re-computed on the new amount at the booking date's rates; the change of the payout-currency
    /// compensation is a new line, a clawback if the compensation is already on a payout statement. A full refund
    /// therefore takes back exactly what was paid.
    /// </summary>
    public BookingAdjustment Adjust(decimal change, string reason, DateOnly adjustedOn, DateTimeOffset now)
    {
        if (adjustedOn < BookedOn)
            throw new InvalidValueException("adjustedOn", $"adjustedOn must not be before the booking date {BookedOn:yyyy-MM-dd}.");
        var delta = Money.Of(change, Value.Currency);
        if (delta.IsZero)
            throw new InvalidValueException("amount", $"An adjustment must change the amount by at least one minor unit of {delta.Currency}.");
        CheckRule(new BookingCannotGoNegative(Value, delta));
        var amount = Value + delta;
        var reporting = ToReporting(amount);
        var reportingChange = reporting - Reporting;
        Amount = amount.Amount;
        ReportingAmount = reporting.Amount;
        var (compensationChange, payoutChange, clawback) = Kind == BookingKind.Partner ? Recompensate(amount, adjustedOn) : (0m, 0m, false);
        var adjustment = BookingAdjustment.Record(Id, delta.Amount, reason, adjustedOn, compensationChange, clawback, reportingChange.Amount, payoutChange, now);
        _adjustments.Add(adjustment);
        if (Kind == BookingKind.Partner)
            Raise(new BookingAdjustedEvent(this, adjustment, now));
        else
            IncrementVersion();
        return adjustment;
    }

    private (decimal CompensationChange, decimal PayoutChange, bool Clawback) Recompensate(Money amount, DateOnly adjustedOn)
    {
        var compensation = amount.Percent(TotalCompensationPercent);
        var compensationChange = compensation - Compensation;
        var payable = ToPayout(compensation);
        var payoutChange = payable - PayoutCompensation;
        CompensationAmount = compensation.Amount;
        PayoutCompensationAmount = payable.Amount;
        // Once the compensation is on a payout statement (draft, approved or paid), taking it back is a clawback on the next one.
        var clawback = payoutChange.IsNegative && _lines.Any(l => l.Kind == CompensationLineKind.Compensation && l.PayoutId is not null);
        if (!payoutChange.IsZero)
            _lines.Add(CompensationLine.For(this, clawback ? CompensationLineKind.Clawback : CompensationLineKind.Adjustment, payoutChange, adjustedOn));
        return (compensationChange.Amount, payoutChange.Amount, clawback);
    }

    private sealed record BookingCannotGoNegative(Money Amount, Money Change) : IBusinessRule
    {
        public bool IsBroken() => (Amount + Change).IsNegative;

        public string Message => $"The adjustment of {Change} would take the booking below zero (it is {Amount}).";
    }
}
