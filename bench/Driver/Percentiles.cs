namespace Bench.Driver;

/// <summary>p50 / p99 / max by nearest rank, rounded to 0.1 ms; null when there is nothing to rank.</summary>
internal sealed record Percentiles(int count, double? p50_ms, double? p99_ms, double? max_ms)
{
    public static Percentiles Of(IEnumerable<double> milliseconds)
    {
        var sorted = milliseconds.Order().ToList();
        double? Rank(double p) => sorted.Count == 0 ? null : Math.Round(sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)], 1);
        return new Percentiles(sorted.Count, Rank(0.50), Rank(0.99), Rank(1.0));
    }
}
