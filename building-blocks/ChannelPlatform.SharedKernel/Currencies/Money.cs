namespace ChannelPlatform.SharedKernel;

/// <summary>
/// An amount in one currency, always rounded to that currency's minor units, half away from zero (decimal, never
/// floating point). Amounts of one currency add up; amounts of two currencies never do (that throws): they meet
/// only through <see cref="ConvertTo"/> at a dated rate. Every computed amount (a percent, a conversion) is rounded
/// once, when it is made.
/// </summary>
public readonly record struct Money : IComparable<Money>
{
    private readonly Currency? _currency;

    private Money(decimal amount, Currency currency)
    {
        Amount = amount;
        _currency = currency;
    }

    public decimal Amount { get; }

    public Currency Currency => _currency ?? throw new InvalidOperationException("A default Money has no currency.");

    public bool IsZero => Amount == 0;

    public bool IsNegative => Amount < 0;

    public bool IsPositive => Amount > 0;

    /// <summary><paramref name="amount"/> rounded to the currency's minor units.</summary>
    public static Money Of(decimal amount, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(currency);
        return new Money(currency.Round(amount), currency);
    }

    public static Money Of(decimal amount, string currencyCode) => Of(amount, Currency.Of(currencyCode));

    public static Money Zero(Currency currency) => Of(0m, currency);

    /// <summary>The sum of <paramref name="amounts"/>, all in <paramref name="currency"/> (zero when there are none).</summary>
    public static Money Sum(IEnumerable<Money> amounts, Currency currency)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        return amounts.Aggregate(Zero(currency), (total, next) => total + next);
    }

    /// <summary><paramref name="percent"/> % (0–100 style) of this amount, rounded once.</summary>
    public Money Percent(decimal percent) => Of(Amount * percent / 100m, Currency);

    /// <summary>This amount times <paramref name="factor"/>, rounded once (a share, a proration).</summary>
    public Money Times(decimal factor) => Of(Amount * factor, Currency);

    /// <summary>
    /// This amount in <paramref name="target"/> at <paramref name="rate"/> (units of the target per one unit of this
    /// currency), rounded once to the target's minor units.
    /// </summary>
    public Money ConvertTo(Currency target, decimal rate) => ConvertTo(target, rate, 1m);

    /// <summary>
    /// This amount in <paramref name="target"/> through a pivot currency: <paramref name="sourceRate"/> and
    /// <paramref name="targetRate"/> are each currency's units of the pivot per unit. Multiplied, divided, then
    /// rounded once, so a cross rate loses nothing to an intermediate rounding.
    /// </summary>
    public Money ConvertTo(Currency target, decimal sourceRate, decimal targetRate)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (sourceRate <= 0 || targetRate <= 0)
            throw new ArgumentOutOfRangeException(nameof(sourceRate), "Exchange rates are positive.");
        return target == Currency && sourceRate == targetRate ? this : Of(Amount * sourceRate / targetRate, target);
    }

    public Money Negate() => new(-Amount, Currency);

    public static Money operator +(Money left, Money right) => new(left.Amount + right.Amount, SameCurrency(left, right));

    public static Money operator -(Money left, Money right) => new(left.Amount - right.Amount, SameCurrency(left, right));

    public static Money operator -(Money money) => money.Negate();

    public static bool operator <(Money left, Money right) => left.CompareTo(right) < 0;

    public static bool operator >(Money left, Money right) => left.CompareTo(right) > 0;

    public static bool operator <=(Money left, Money right) => left.CompareTo(right) <= 0;

    public static bool operator >=(Money left, Money right) => left.CompareTo(right) >= 0;

    public static Money Add(Money left, Money right) => left + right;

    public static Money Subtract(Money left, Money right) => left - right;

    public int CompareTo(Money other)
    {
        SameCurrency(this, other);
        return Amount.CompareTo(other.Amount);
    }

    public Money Min(Money other) => this <= other ? this : other;

    public Money Max(Money other) => this >= other ? this : other;

    public override string ToString() =>
        _currency is null
            ? "(no money)"
            : $"{Amount.ToString($"F{Currency.MinorUnits}", System.Globalization.CultureInfo.InvariantCulture)} {Currency.Code}";

    private static Currency SameCurrency(Money left, Money right) =>
        left.Currency == right.Currency
            ? left.Currency
            : throw new CurrencyMismatchException(left.Currency, right.Currency);
}
