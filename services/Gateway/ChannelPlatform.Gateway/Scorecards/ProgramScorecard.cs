namespace ChannelPlatform.Gateway.Scorecards;

/// <summary><c>GET /api/v1/program/scorecard?year=</c>: the program's five success metrics.</summary>
/// <param name="Unavailable">Services that did not answer within the budget; their metrics are null.</param>
internal sealed record ProgramScorecard(int Year, DateTimeOffset GeneratedAt, ProgramMetrics Metrics, IReadOnlyList<string> Unavailable);

/// <param name="PartnerRevenueShare">Revenue: partner revenue / total revenue of the year × 100.</param>
/// <param name="NewPartners">Partner: partners activated in the year.</param>
/// <param name="CertificationRate">Enablement: certified active reps / active reps × 100, today.</param>
/// <param name="DealRegistrationTurnaround">DealRegistration: deals submitted in the year decided within 48 h × 100 (overdue pending deals count as misses).</param>
/// <param name="PartnerSatisfaction">Partner: survey answers scoring 4–5, trailing twelve months × 100.</param>
internal sealed record ProgramMetrics(
    Metric? PartnerRevenueShare,
    Metric? NewPartners,
    Metric? CertificationRate,
    TurnaroundMetric? DealRegistrationTurnaround,
    Metric? PartnerSatisfaction);

/// <summary>Fans out to the four services' KPI endpoints in parallel, within the budget.</summary>
internal sealed class ProgramScorecardComposer(Downstream downstream, ScorecardOptions options, TimeProvider clock)
{
    public async Task<ProgramScorecard> ComposeAsync(int year, Caller caller, CancellationToken aborted)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        budget.CancelAfter(TimeSpan.FromMilliseconds(options.BudgetMilliseconds));
        var partners = downstream.GetAsync<PartnerKpis>("Partner", $"/api/v1/partners/kpis?year={year}", caller, budget.Token);
        var deals = downstream.GetAsync<DealKpis>("DealRegistration", $"/api/v1/deals/kpis?from={year}-01-01&to={year + 1}-01-01", caller, budget.Token);
        var enablement = downstream.GetAsync<Certifications>("Enablement", "/api/v1/enablement/kpis", caller, budget.Token);
        var revenue = downstream.GetAsync<RevenueKpis>("Revenue", $"/api/v1/revenue/kpis?year={year}", caller, budget.Token);
        await Task.WhenAll(partners, deals, enablement, revenue);

        var p = partners.Result.Value;
        var d = deals.Result.Value;
        var e = enablement.Result.Value;
        var r = revenue.Result.Value;
        var metrics = new ProgramMetrics(
            r is null ? null : Targets.PartnerRevenueShare.Measure(r.PartnerRevenueShare),
            p is null ? null : Targets.NewPartners.Measure(p.NewPartners),
            e is null ? null : Targets.CertificationRate.Measure(e.ActiveReps == 0 ? null : e.CertificationRate),
            d is null ? null : Turnaround(d),
            p is null ? null : Targets.PartnerSatisfaction.Measure(p.SatisfactionScore));
        return new ProgramScorecard(year, clock.GetUtcNow(), metrics, Parts.Unavailable(partners.Result, deals.Result, enablement.Result, revenue.Result));
    }

    private static TurnaroundMetric Turnaround(DealKpis d)
    {
        var share = Targets.DecidedWithinSla.Measure(d.DecidedWithinSlaPercent);
        return new TurnaroundMetric(share.Value, share.Target, share.Status, d.MedianDecisionHours, d.P90DecisionHours, Targets.SlaHours);
    }
}
