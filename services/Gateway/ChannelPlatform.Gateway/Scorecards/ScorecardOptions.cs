namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>
/// Section <c>Scorecard</c>: how long a composed scorecard may take and how hard the gateway tries
/// each service within that time (ADR 0005).
/// </summary>
public sealed class ScorecardOptions
{
    /// <summary>The whole answer's budget: what has not arrived by then is listed as unavailable.</summary>
    public int BudgetMilliseconds { get; set; } = 2500;

    /// <summary>One attempt at one service.</summary>
    public int AttemptTimeoutMilliseconds { get; set; } = 1000;

    /// <summary>Retries after the first attempt, on transient failures only (connection refused, 5xx, 408, 429, attempt timeout).</summary>
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay; later ones back off exponentially, with jitter.</summary>
    public int RetryDelayMilliseconds { get; set; } = 100;

    public BreakerOptions Breaker { get; set; } = new();

    public sealed class BreakerOptions
    {
        /// <summary>Share of failed attempts (0–1) within the sampling window that opens the circuit.</summary>
        public double FailureRatio { get; set; } = 0.5;

        /// <summary>Attempts the window must hold before the ratio counts (at least 2).</summary>
        public int MinimumThroughput { get; set; } = 6;

        public int SamplingSeconds { get; set; } = 30;

        /// <summary>How long an open circuit answers "unavailable" at once before one trial call goes through.</summary>
        public int BreakMilliseconds { get; set; } = 15_000;
    }
}
