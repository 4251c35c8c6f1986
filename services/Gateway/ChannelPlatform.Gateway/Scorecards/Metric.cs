namespace ChannelPlatform.Gateway.Scorecards;

internal enum MetricStatus
{
    Ahead,
    OnTrack,
    AtRisk,
    OffTrack,
}

/// <summary>
/// A success metric's target: at least <see cref="Min"/> and, for a band, at most <see cref="Max"/>.
/// Above a band is Ahead (15 new partners against 5–10 is good news, not a miss); inside the target is
/// OnTrack; below it by no more than 10 % of the minimum is AtRisk (e.g. 18–20 % for a 20–40 % share,
/// 72–80 % for "≥ 80 %"); further below is OffTrack (ADR 0005).
/// </summary>
internal sealed record Target(decimal Min, decimal? Max, string Unit)
{
    public const decimal AtRiskTolerance = 0.10m;

    public MetricStatus Assess(decimal value)
    {
        if (value > Max)
            return MetricStatus.Ahead;
        if (value >= Min)
            return MetricStatus.OnTrack;
        return value >= Min * (1 - AtRiskTolerance) ? MetricStatus.AtRisk : MetricStatus.OffTrack;
    }

    /// <summary>The metric for a value; no value (nothing to measure yet) has no status.</summary>
    public Metric Measure(decimal? value) => new(value, this, value is { } v ? Assess(v) : null);
}

/// <summary><c>{ value, target, status }</c>; value and status are null when there is nothing to measure yet.</summary>
internal record Metric(decimal? Value, Target Target, MetricStatus? Status);

/// <summary>The deal registration turnaround: the share decided within the SLA, with the decision times.</summary>
internal sealed record TurnaroundMetric(decimal? Value, Target Target, MetricStatus? Status, decimal? MedianHours, decimal? P90Hours, int SlaHours)
    : Metric(Value, Target, Status);

/// <summary>The program's success metrics and their targets (CONTRACT.md "Gateway").</summary>
internal static class Targets
{
    public const string Percent = "percent";

    public static readonly Target PartnerRevenueShare = new(20, 40, Percent);
    public static readonly Target NewPartners = new(5, 10, "partners a year");
    public static readonly Target CertificationRate = new(80, null, Percent);
    public static readonly Target DecidedWithinSla = new(95, null, Percent);
    public static readonly Target PartnerSatisfaction = new(80, null, Percent);
    public const int SlaHours = 48;
}
