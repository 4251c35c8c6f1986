namespace Webhooks.Domain.Deliveries;

/// <summary>
/// Exponential backoff with jitter: the n-th retry waits between half and all of base × 2^(n-1), capped,
/// so receivers coming back from an outage are not hit by every sender at the same instant.
/// </summary>
public sealed record RetrySchedule(TimeSpan BaseDelay, TimeSpan MaxDelay, TimeSpan Window)
{
    public static RetrySchedule Default { get; } = new(TimeSpan.FromSeconds(10), TimeSpan.FromHours(6), TimeSpan.FromHours(72));

    /// <param name="failedAttempts">Attempts made so far, all failed (1 after the first).</param>
    /// <param name="jitter">A sample in [0, 1).</param>
    public TimeSpan DelayAfter(int failedAttempts, double jitter)
    {
        var exponent = Math.Clamp(failedAttempts - 1, 0, 30);
        var ceiling = Math.Min(BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), MaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + (0.5 * Math.Clamp(jitter, 0, 1))));
    }
}
