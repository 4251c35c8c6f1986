using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>What each stub service answers, shaped as the real services' responses (field names as they send them).</summary>
internal static class StubAnswers
{
    public const string PartnerKpis = """{"year":2025,"activePartners":20,"newPartners":7,"byTier":{},"byType":{},"satisfactionScore":85.0,"satisfactionResponses":10,"openEscalations":1,"breachedEscalations":0}""";

    public const string DealKpis = """{"from":"2025-01-01","to":"2026-01-01","submitted":40,"approved":30,"rejected":8,"pending":2,"overdue":1,"medianDecisionHours":20.5,"p90DecisionHours":47.0,"decidedWithinSlaPercent":92.7,"approvalRate":78.9,"winRate":60.0}""";

    public const string EnablementKpis = """{"activeReps":50,"certifiedReps":41,"certificationRate":82.0,"partnersAtTarget":3,"partners":5,"targetRate":80}""";

    public const string RevenueKpis = """{"currency":"USD","totalRevenue":1000000,"partnerRevenue":450000,"partnerRevenueShare":45.0,"directRevenue":550000,"partnerSourcedPipeline":120000,"topPartners":[]}""";

    public const string Pipeline = """{"currency":"USD","openPipeline":150000,"weightedPipeline":60000,"wonAmount":75000,"openDeals":3,"byPartner":[]}""";

    public const string Forecast = """{"currency":"USD","quarter":"2026-Q1","booked":75000,"openPipeline":150000,"winRate":40,"forecast":135000}""";

    public const string Partner = """{"id":"00000000-0000-0000-0000-000000000000","name":"Stub Partner","type":"Msp","status":"Active","tier":"Silver","region":"Apac","country":"SG","activatedAt":"2025-06-01T00:00:00Z","version":"1"}""";

    public const string TierEvaluation = """{"currentTier":"Silver","qualifiedTier":"Silver","trailingTwelveMonthRevenue":250000,"certifiedReps":3,"tierOverridden":false,"nextTier":{"tier":"Gold","revenueGap":250000,"certifiedRepsGap":2}}""";

    public const string Certifications = """{"activeReps":4,"certifiedReps":3,"certificationRate":75.0,"reps":[]}""";

    public const string Empty = """{"items":[],"nextCursor":null}""";

    /// <summary>Answers by the longest matching path prefix; anything else is 404.</summary>
    public static Func<HttpContext, Task> ByPath(params (string PathStart, string Body)[] answers) => http =>
    {
        var path = http.Request.Path.Value ?? string.Empty;
        var match = answers.Where(a => path.StartsWith(a.PathStart, StringComparison.Ordinal)).OrderByDescending(a => a.PathStart.Length).FirstOrDefault();
        return match.Body is null ? StubService.Status(404)(http) : StubService.Json(match.Body)(http);
    };
}
