using ChannelPlatform.SharedKernel;
using Revenue.Domain.Rates;

namespace Revenue.Domain.Bookings;

/// <summary>The booking's amounts as money, and the conversions at the rates of its booking date.</summary>
public sealed partial class Booking
{
    public Money Value => Money.Of(Amount, ChannelPlatform.SharedKernel.Currency.Of(Currency));

    public Money Reporting => Money.Of(ReportingAmount, ChannelPlatform.SharedKernel.Currency.Of(ReportingCurrency));

    public Money Compensation => Money.Of(CompensationAmount, Value.Currency);

    public Money PayoutCompensation => Money.Of(PayoutCompensationAmount, ChannelPlatform.SharedKernel.Currency.Of(PayoutCurrency!));

    private DatedRate OwnRate => new(Value.Currency, ExchangeRate, BookedOn);

    /// <summary>An amount in the booking's currency in the reporting currency, at the booking date's rate.</summary>
    private Money ToReporting(Money amount) => OwnRate.Convert(amount, DatedRate.Reporting(Reporting.Currency, BookedOn));

    /// <summary>A compensation in the deal's currency in the payout currency, at the booking date's rates.</summary>
    private Money ToPayout(Money compensation) =>
        OwnRate.Convert(compensation, new DatedRate(ChannelPlatform.SharedKernel.Currency.Of(PayoutCurrency!), PayoutRate!.Value, BookedOn));
}
