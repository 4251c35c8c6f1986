using ChannelPlatform.Application;

namespace Revenue.Application.Reporting;

/// <summary>A reporting window: a quarter (<c>2026-Q1</c>), a year, or by default the current quarter.</summary>
public readonly record struct ReportingPeriod(DateOnly Start, DateOnly EndExclusive, string Label)
{
    public static ReportingPeriod Of(string? quarter, int? year, DateOnly today)
    {
        if (quarter is not null && Quarter.TryParse(quarter, out var q))
            return new(q.Start, q.EndExclusive, q.ToString());
        if (year is { } y)
            return new(new DateOnly(y, 1, 1), new DateOnly(y + 1, 1, 1), y.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var current = Quarter.Of(today);
        return new(current.Start, current.EndExclusive, current.ToString());
    }

    public bool Contains(DateOnly date) => Start <= date && date < EndExclusive;
}
