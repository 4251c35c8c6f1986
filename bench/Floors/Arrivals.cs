using System.Collections.Concurrent;

namespace Bench.Floors;

/// <summary>Publish → consume time of each message by its number; complete when every expected one arrived.</summary>
internal sealed class Arrivals(int expected)
{
    private readonly ConcurrentDictionary<int, TimeSpan> byNumber = new();
    private readonly TaskCompletionSource allIn = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task AllIn => allIn.Task;

    public void Add(int number, TimeSpan elapsed)
    {
        if (byNumber.TryAdd(number, elapsed) && byNumber.Count >= expected)
            allIn.TrySetResult();
    }

    /// <summary>Percentiles (nearest rank) of the measured messages, the warm-up left out.</summary>
    public object Summary(int warmUp, int count, int rate)
    {
        var measured = byNumber.Where(p => p.Key >= warmUp).Select(p => p.Value.TotalMilliseconds).Order().ToList();
        double? Rank(double p) =>
            measured.Count == 0 ? null : Math.Round(measured[Math.Max(0, (int)Math.Ceiling(p * measured.Count) - 1)], 2);
        return new { count, rate, received = measured.Count, p50_ms = Rank(0.50), p99_ms = Rank(0.99), max_ms = Rank(1.0) };
    }
}
