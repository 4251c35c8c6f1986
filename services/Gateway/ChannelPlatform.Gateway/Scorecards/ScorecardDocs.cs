namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>The scorecards' OpenAPI descriptions and example payloads (ADR 0005).</summary>
internal static class ScorecardDocs
{
    private const string Degradation = """
        The gateway calls the services in parallel with the caller's own token; each call has a per-attempt timeout,
        a few short jittered retries on transient failures and a circuit breaker per service, and the whole answer
        has a budget (`Scorecard:BudgetMilliseconds`, default 2500 ms). A service that does not answer in time is
        named in `unavailable` and the parts it feeds are `null`; the rest of the answer still comes, as 200.
        """;

    public const string Program = $$"""
        Targets (CONTRACT.md): partnerRevenueShare 20–40 %, newPartners 5–10 a year, certificationRate ≥ 80 %,
        dealRegistrationTurnaround ≥ 95 % of registrations decided within 48 h (with `medianHours`),
        partnerSatisfaction ≥ 80 % of answers scoring 4–5. `target` is `{ min, max, unit }` (`max` null for "at least").

        Status: **Ahead** above a target band (share above 40 %, more than 10 new partners: good news, not a miss);
        **OnTrack** inside the target; **AtRisk** below it by at most 10 % of the minimum (share 18–20 %, new partners
        4.5–5, certification and satisfaction 72–80 %, turnaround 85.5–95 %); **OffTrack** further below. `value` and
        `status` are null when there is nothing to measure yet (no survey answers, no decided registrations, no active reps).

        Sources: Revenue `GET /api/v1/revenue/kpis?year=`, Partner `GET /api/v1/partners/kpis?year=` (satisfaction is
        trailing twelve months), DealRegistration `GET /api/v1/deals/kpis?from=&to=` (registrations submitted in the year),
        Enablement `GET /api/v1/enablement/kpis` (today's roster).

        {{Degradation}}
        """;

    public const string Partner = $$"""
        Sections: `partner` and `tier` (tier gap to the next tier) from Partner; `pipeline` and `forecast` (booked,
        win rate, forecast) from Revenue for the quarter; `dealRegistration` (registrations submitted in the quarter)
        from DealRegistration; `certification` from Enablement; `satisfaction` (trailing twelve months) and open
        `escalations` from Partner. Statuses follow the program scorecard's rule.

        A Partner caller gets only its own partner (another id is 404, and no service is called); the deal
        registration KPIs, satisfaction and escalations are internal data, so they are null for it.
        An id the Partner service does not know is 404.

        {{Degradation}}
        """;
}
