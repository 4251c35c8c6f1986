namespace ChannelPlatform.SharedKernel;

/// <summary>
/// An ISO 4217 currency the platform supports, with its minor units (JPY 0, USD 2, KWD 3): every amount in it
/// is rounded to that many decimals, half away from zero. Equal by code; there is one instance per code.
/// </summary>
public sealed class Currency : IEquatable<Currency>
{
    private Currency(string code, int minorUnits)
    {
        Code = code;
        MinorUnits = minorUnits;
    }

    /// <summary>The three-letter ISO 4217 code, upper case.</summary>
    public string Code { get; }

    /// <summary>Decimals of the currency's minor unit (ISO 4217 "minor unit").</summary>
    public int MinorUnits { get; }

    /// <summary>The supported currencies, by code.</summary>
    public static IReadOnlyDictionary<string, Currency> Supported { get; } = SupportedCurrencies.All
        .ToDictionary(c => c.Code, c => new Currency(c.Code, c.MinorUnits), StringComparer.OrdinalIgnoreCase);

    public static bool IsSupported(string? code) => code is not null && Supported.ContainsKey(code);

    public static bool TryFind(string? code, out Currency currency)
    {
        currency = null!;
        return code is not null && Supported.TryGetValue(code, out currency!);
    }

    /// <summary>The currency of <paramref name="code"/> (any case); an unsupported code breaks the value (400 naming the field).</summary>
    public static Currency Of(string code, string field = "currency") =>
        TryFind(code, out var currency)
            ? currency
            : throw new InvalidValueException(
                field, $"'{code}' is not a supported ISO 4217 currency code ({string.Join(", ", Supported.Keys.Order(StringComparer.Ordinal))}).");

    /// <summary>Rounds to the currency's minor units, half away from zero (never banker's rounding).</summary>
    public decimal Round(decimal amount) => Math.Round(amount, MinorUnits, MidpointRounding.AwayFromZero);

    public bool Equals(Currency? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    public override bool Equals(object? obj) => Equals(obj as Currency);

    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    public override string ToString() => Code;

    public static bool operator ==(Currency? left, Currency? right) => left?.Equals(right) ?? right is null;

    public static bool operator !=(Currency? left, Currency? right) => !(left == right);
}
