using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Rates;

/// <summary>
/// A dated exchange rate against the reporting currency: from <see cref="EffectiveFrom"/> until the next rate of the
/// same currency, one unit of <see cref="Currency"/> is worth <see cref="Rate"/> units of the reporting currency
/// (EUR 1.0842 with USD reporting: €1 = $1.0842). Setting it again for the same date corrects it; amounts converted
/// before keep the rate they used.
/// </summary>
public sealed class ExchangeRate
{
    /// <summary>Decimals a rate may carry (numeric(20,10)): enough for IDR or VND against the dollar.</summary>
    public const int Scale = 10;

    public const decimal MaxRate = 999_999_999m;

    private ExchangeRate()
    {
    }

    public string Currency { get; private set; } = string.Empty;

    public DateOnly EffectiveFrom { get; private set; }

    public decimal Rate { get; private set; }

    public DateTimeOffset SetAt { get; private set; }

    public string SetBy { get; private set; } = string.Empty;

    public static ExchangeRate Set(Currency currency, DateOnly effectiveFrom, decimal rate, Currency reporting, string by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(currency);
        if (currency == reporting)
            throw new InvalidValueException("currency", $"{currency} is the reporting currency: its rate is 1 by definition.");
        var entry = new ExchangeRate { Currency = currency.Code, EffectiveFrom = effectiveFrom };
        entry.Correct(rate, by, now);
        return entry;
    }

    /// <summary>A new rate for the same date (a correction); later conversions use it, earlier ones keep theirs.</summary>
    public void Correct(decimal rate, string by, DateTimeOffset now)
    {
        if (rate <= 0 || rate > MaxRate)
            throw new InvalidValueException("rate", $"rate must be more than 0 and at most {MaxRate}.");
        if (decimal.Round(rate, Scale) != rate)
            throw new InvalidValueException("rate", $"rate has at most {Scale} decimals.");
        Rate = rate;
        SetBy = by;
        SetAt = now;
    }

    /// <summary>The rate in force on <paramref name="date"/>: the latest effective on or before it.</summary>
    public static ExchangeRate? InForceOn(IEnumerable<ExchangeRate> rates, DateOnly date) =>
        rates.Where(r => r.EffectiveFrom <= date).MaxBy(r => r.EffectiveFrom);
}
