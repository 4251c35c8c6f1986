using ChannelPlatform.Application;

namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>
/// Fans out to the four services in parallel, within the budget, for one partner's QBR view.
/// Returns null when the Partner service does not know the partner (the caller gets 404).
/// </summary>
internal sealed class PartnerScorecardComposer(Downstream downstream, ScorecardOptions options, TimeProvider clock)
{
    private const string Partner = "Partner";
    private const string Deals = "DealRegistration";
    private const string Enablement = "Enablement";
    private const string Revenue = "Revenue";

    /// <param name="internalReader">False for a Partner caller: the services keep KPIs, satisfaction and escalations internal, so they are not asked.</param>
    public async Task<PartnerScorecard?> ComposeAsync(Guid partnerId, Quarter quarter, bool internalReader, Caller caller, CancellationToken aborted)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        budget.CancelAfter(TimeSpan.FromMilliseconds(options.BudgetMilliseconds));
        var token = budget.Token;
        var now = clock.GetUtcNow();

        var partner = downstream.GetAsync<PartnerDetails>(Partner, $"/api/v1/partners/{partnerId}", caller, token);
        var tier = downstream.GetAsync<TierEvaluation>(Partner, $"/api/v1/partners/{partnerId}/tier-evaluation", caller, token);
        var certifications = downstream.GetAsync<Certifications>(Enablement, $"/api/v1/enablement/partners/{partnerId}/certifications", caller, token);
        var pipeline = downstream.GetAsync<RevenuePipeline>(Revenue, $"/api/v1/revenue/pipeline?partnerId={partnerId}&quarter={quarter}", caller, token);
        var forecast = downstream.GetAsync<RevenueForecast>(Revenue, $"/api/v1/revenue/forecast?partnerId={partnerId}&quarter={quarter}", caller, token);
        var deals = Internal(internalReader, () => downstream.GetAsync<DealKpis>(Deals, $"/api/v1/deals/kpis?partnerId={partnerId}&from={quarter.Start:yyyy-MM-dd}&to={quarter.EndExclusive:yyyy-MM-dd}", caller, token), Deals);
        var satisfaction = Internal(internalReader, () => downstream.GetAllAsync<SatisfactionItem>(Partner, $"/api/v1/partners/{partnerId}/satisfaction-responses", caller, token), Partner);
        var escalations = Internal(internalReader, () => downstream.GetAllAsync<EscalationItem>(Partner, $"/api/v1/escalations?partnerId={partnerId}&status=Open", caller, token), Partner);
        await Task.WhenAll(partner, tier, certifications, pipeline, forecast, deals, satisfaction, escalations);

        if (partner.Result.Status is PartStatus.NotFound or PartStatus.Forbidden)
            return null;
        return new PartnerScorecard(
            partnerId,
            quarter.ToString(),
            now,
            partner.Result.Value is { } p ? PartnerSummary.From(p) : null,
            pipeline.Result.Value is { } pl ? PipelineSummary.From(pl) : null,
            forecast.Result.Value is { } f ? ForecastSummary.From(f) : null,
            deals.Result.Value is { } d ? RegistrationSummary.From(d) : null,
            certifications.Result.Value is { } c ? CertificationSummary.From(c) : null,
            tier.Result.Value,
            satisfaction.Result.Value is { } s ? SatisfactionSummary.From(s, now) : null,
            escalations.Result.Value is { } e ? EscalationSummary.From(e) : null,
            Parts.Unavailable(partner.Result, tier.Result, satisfaction.Result, escalations.Result, deals.Result, certifications.Result, pipeline.Result, forecast.Result));
    }

    private static Task<Part<T>> Internal<T>(bool internalReader, Func<Task<Part<T>>> call, string service)
        where T : class =>
        internalReader ? call() : Task.FromResult(Part<T>.Not(service, PartStatus.Forbidden));
}
