namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>Example answers for the OpenAPI document, built from the response records so they cannot drift from the schema.</summary>
internal static class ScorecardExamples
{
    private static readonly DateTimeOffset At = new(2026, 3, 31, 12, 0, 0, TimeSpan.Zero);

    public static ProgramScorecard Program() => new(
        2026,
        At,
        new ProgramMetrics(
            Targets.PartnerRevenueShare.Measure(27.4m),
            Targets.NewPartners.Measure(4),
            Targets.CertificationRate.Measure(83.3m),
            new TurnaroundMetric(96.2m, Targets.DecidedWithinSla, MetricStatus.OnTrack, 20.5m, 41.0m, Targets.SlaHours),
            Targets.PartnerSatisfaction.Measure(70m)),
        []);

    /// <summary>Revenue did not answer in time: its parts are null and it is named.</summary>
    public static PartnerScorecard Partner() => new(
        Guid.Parse("0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10"),
        "2026-Q1",
        At,
        new PartnerSummary("Northwind Systems", "Reseller", "Active", "Silver", "Emea", "DE", At.AddMonths(-14)),
        null,
        null,
        RegistrationSummary.From(new DealKpis(12, 9, 2, 1, 0, 18.5m, 40.0m, 100m, 81.8m, 66.7m)),
        CertificationSummary.From(new Certifications(10, 8, 80m)),
        new TierEvaluation("Silver", "Silver", 312_500m, 8, new NextTierGap("Gold", 187_500m, 0)),
        new SatisfactionSummary(5, 4.2m, Targets.PartnerSatisfaction.Measure(80m)),
        new EscalationSummary(1, 0),
        ["Revenue"]);
}
