using System.Globalization;

namespace ChannelPlatform.Application;

/// <summary>A calendar quarter, written <c>2026-Q1</c>.</summary>
public readonly record struct Quarter(int Year, int Number)
{
    public DateOnly Start => new(Year, ((Number - 1) * 3) + 1, 1);

    public DateOnly EndExclusive => Start.AddMonths(3);

    public static Quarter Of(DateOnly date) => new(date.Year, ((date.Month - 1) / 3) + 1);

    public static bool TryParse(string? text, out Quarter quarter)
    {
        quarter = default;
        if (text is null || text.Length != 7 || text[4] != '-' || (text[5] != 'Q' && text[5] != 'q'))
            return false;
        if (!int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 2000 || year > 2099)
            return false;
        var n = text[6] - '0';
        if (n is < 1 or > 4)
            return false;
        quarter = new Quarter(year, n);
        return true;
    }

    public override string ToString() => $"{Year}-Q{Number}";
}
