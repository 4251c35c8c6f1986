namespace Revenue.Domain;

/// <summary>
/// Money arithmetic in one place: amounts are <see cref="decimal"/> (numeric(18,2) in the database, never
/// floating point) and every computed amount is rounded to cents, half away from zero (CONTRACT.md).
/// </summary>
public static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="percent"/> % of <paramref name="amount"/>, to the cent.</summary>
    public static decimal Percent(decimal amount, decimal percent) => Round(amount * percent / 100m);

    /// <summary><paramref name="part"/> as a percent of <paramref name="whole"/> (0 when the whole is 0), to two decimals.</summary>
    public static decimal Share(decimal part, decimal whole) => whole == 0 ? 0 : Round(part * 100m / whole);
}
