namespace Revenue.Domain;

/// <summary>Percent figures (shares, win rates): numbers from 0 to 100 to two decimals, half away from zero. Not money.</summary>
public static class Percentages
{
    public static decimal Round(decimal percent) => Math.Round(percent, 2, MidpointRounding.AwayFromZero);

    /// <summary><paramref name="part"/> as a percent of <paramref name="whole"/> (0 when the whole is 0), to two decimals.</summary>
    public static decimal Share(decimal part, decimal whole) => whole == 0 ? 0 : Round(part * 100m / whole);
}
