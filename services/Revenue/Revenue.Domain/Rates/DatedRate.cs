using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Rates;

/// <summary>
/// The rate a conversion used: units of the reporting currency per unit of <see cref="Currency"/>, in force on
/// <see cref="On"/> (1 for the reporting currency itself). Kept with what was converted, so a later correction of
/// the rate table never moves a booked amount.
/// </summary>
public sealed record DatedRate(Currency Currency, decimal Rate, DateOnly On)
{
    public static DatedRate Reporting(Currency reporting, DateOnly on) => new(reporting, 1m, on);

    /// <summary><paramref name="money"/> (in this rate's currency) in <paramref name="target"/>'s currency, through the reporting currency, rounded once.</summary>
    public Money Convert(Money money, DatedRate target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (money.Currency != Currency)
            throw new CurrencyMismatchException(money.Currency, Currency);
        return money.ConvertTo(target.Currency, Rate, target.Rate);
    }
}
