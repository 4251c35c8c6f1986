namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>
/// <c>GET /api/v1/partners/{id}/scorecard?quarter=</c>: the QBR view of one partner. A section is
/// null when its service did not answer in time (the service is then in <see cref="Unavailable"/>),
/// when the service has nothing on the partner yet, or when it is internal data a Partner caller
/// does not see (deal registration KPIs, satisfaction, escalations).
/// </summary>
internal sealed record PartnerScorecard(
    Guid PartnerId,
    string Quarter,
    DateTimeOffset GeneratedAt,
    PartnerSummary? Partner,
    PipelineSummary? Pipeline,
    ForecastSummary? Forecast,
    RegistrationSummary? DealRegistration,
    CertificationSummary? Certification,
    TierEvaluation? Tier,
    SatisfactionSummary? Satisfaction,
    EscalationSummary? Escalations,
    IReadOnlyList<string> Unavailable);

internal sealed record PartnerSummary(string Name, string Type, string Status, string? Tier, string Region, string Country, DateTimeOffset? ActivatedAt)
{
    public static PartnerSummary From(PartnerDetails p) => new(p.Name, p.Type, p.Status, p.Tier, p.Region, p.Country, p.ActivatedAt);
}

/// <summary>Revenue: approved, not yet closed deals (open), weighted by win rate, and won in the quarter.</summary>
internal sealed record PipelineSummary(string? Currency, decimal OpenPipeline, decimal WeightedPipeline, decimal WonAmount, int OpenDeals)
{
    public static PipelineSummary From(RevenuePipeline p) => new(p.Currency, p.OpenPipeline, p.WeightedPipeline, p.WonAmount, p.OpenDeals);
}

/// <summary>Revenue: booked in the quarter, the partner's win rate (percent) and the forecast.</summary>
internal sealed record ForecastSummary(string? Currency, decimal Booked, decimal OpenPipeline, decimal WinRate, decimal Forecast)
{
    public static ForecastSummary From(RevenueForecast f) => new(f.Currency, f.Booked, f.OpenPipeline, f.WinRate, f.Forecast);
}

/// <summary>DealRegistration: the partner's registrations submitted in the quarter and how fast they were decided.</summary>
internal sealed record RegistrationSummary(int Submitted, int Approved, int Rejected, int Pending, int Overdue, decimal? ApprovalRate, decimal? WinRate, TurnaroundMetric Turnaround)
{
    public static RegistrationSummary From(DealKpis d)
    {
        var share = Targets.DecidedWithinSla.Measure(d.DecidedWithinSlaPercent);
        return new(d.Submitted, d.Approved, d.Rejected, d.Pending, d.Overdue, d.ApprovalRate, d.WinRate,
            new TurnaroundMetric(share.Value, share.Target, share.Status, d.MedianDecisionHours, d.P90DecisionHours, Targets.SlaHours));
    }
}

/// <summary>Enablement: the partner's active reps, how many are certified, and the rate against the 80 % target.</summary>
internal sealed record CertificationSummary(int ActiveReps, int CertifiedReps, Metric Rate)
{
    public static CertificationSummary From(Certifications c) =>
        new(c.ActiveReps, c.CertifiedReps, Targets.CertificationRate.Measure(c.ActiveReps == 0 ? null : c.CertificationRate));
}

/// <summary>Partner: survey answers of the trailing twelve months; the score is the percent scoring 4–5.</summary>
internal sealed record SatisfactionSummary(int Responses, decimal? AverageScore, Metric Score)
{
    public static SatisfactionSummary From(IReadOnlyList<SatisfactionItem> answers, DateTimeOffset now)
    {
        var recent = answers.Where(a => a.RespondedAt > now.AddMonths(-12)).ToList();
        if (recent.Count == 0)
            return new(0, null, Targets.PartnerSatisfaction.Measure(null));
        var satisfied = Math.Round(100m * recent.Count(a => a.Score >= 4) / recent.Count, 1, MidpointRounding.AwayFromZero);
        var average = Math.Round((decimal)recent.Average(a => a.Score), 2, MidpointRounding.AwayFromZero);
        return new(recent.Count, average, Targets.PartnerSatisfaction.Measure(satisfied));
    }
}

/// <summary>Partner: the partner's open escalations, and how many of them are past their response time.</summary>
internal sealed record EscalationSummary(int Open, int Breached)
{
    public static EscalationSummary From(IReadOnlyList<EscalationItem> open) => new(open.Count, open.Count(e => e.Breached));
}
