namespace ChannelPlatform.Gateway.Scorecards;

// The gateway's reading of the services' responses: only the fields a scorecard uses, so a
// service adding fields (CONTRACT.md allows it) changes nothing here. Names as each service sends them.

/// <summary>Partner <c>GET /api/v1/partners/kpis?year=</c>.</summary>
internal sealed record PartnerKpis(int NewPartners, int ActivePartners, decimal? SatisfactionScore, int SatisfactionResponses);

/// <summary>DealRegistration <c>GET /api/v1/deals/kpis?from=&amp;to=&amp;partnerId=</c>.</summary>
internal sealed record DealKpis(
    int Submitted,
    int Approved,
    int Rejected,
    int Pending,
    int Overdue,
    decimal? MedianDecisionHours,
    decimal? P90DecisionHours,
    decimal? DecidedWithinSlaPercent,
    decimal? ApprovalRate,
    decimal? WinRate);

/// <summary>Enablement <c>GET /api/v1/enablement/kpis</c> and <c>/partners/{id}/certifications</c>.</summary>
internal sealed record Certifications(int ActiveReps, int CertifiedReps, decimal CertificationRate);

/// <summary>Revenue <c>GET /api/v1/revenue/kpis?year=</c>.</summary>
internal sealed record RevenueKpis(string? Currency, decimal TotalRevenue, decimal PartnerRevenue, decimal? PartnerRevenueShare, decimal DirectRevenue);

/// <summary>Revenue <c>GET /api/v1/revenue/pipeline?partnerId=&amp;quarter=</c>.</summary>
internal sealed record RevenuePipeline(string? Currency, decimal OpenPipeline, decimal WeightedPipeline, decimal WonAmount, int OpenDeals);

/// <summary>Revenue <c>GET /api/v1/revenue/forecast?partnerId=&amp;quarter=</c>.</summary>
internal sealed record RevenueForecast(string? Currency, decimal Booked, decimal OpenPipeline, decimal WinRate, decimal Forecast);

/// <summary>Partner <c>GET /api/v1/partners/{id}</c>.</summary>
internal sealed record PartnerDetails(Guid Id, string Name, string Type, string Status, string? Tier, string Region, string Country, DateTimeOffset? ActivatedAt);

/// <summary>Partner <c>GET /api/v1/partners/{id}/tier-evaluation</c>.</summary>
internal sealed record TierEvaluation(string? CurrentTier, string QualifiedTier, decimal TrailingTwelveMonthRevenue, int CertifiedReps, NextTierGap? NextTier);

internal sealed record NextTierGap(string Tier, decimal RevenueGap, int CertifiedRepsGap);

/// <summary>A page of any list endpoint (<c>{ items, nextCursor }</c>).</summary>
internal sealed record ListPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>An item of <c>GET /api/v1/escalations</c>.</summary>
internal sealed record EscalationItem(Guid Id, string Severity, bool Breached);

/// <summary>An item of <c>GET /api/v1/partners/{id}/satisfaction-responses</c>.</summary>
internal sealed record SatisfactionItem(int Score, DateTimeOffset RespondedAt);
