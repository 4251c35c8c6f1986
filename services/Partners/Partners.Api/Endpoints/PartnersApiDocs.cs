namespace Partners.Api.Endpoints;

internal static class PartnersApiDocs
{
    public const string Description =
        "Recruits, qualifies, contracts, tiers and looks after channel partners. " +
        "Fit score = Σ weight × (score − 1) / 4 × 100 with weights marketReach 25 %, technicalCapability 20 %, " +
        "salesCapacity 20 %, strategicAlignment 20 %, customerBase 15 %; 60 or more qualifies. " +
        "A tier override holds until the next quarterly review (POST /api/v1/tiers/review), which also is the only place a partner is demoted. " +
        "Errors are RFC 9457 ProblemDetails; lists are keyset-paged with ?limit= (1–200, default 50) and ?cursor=.";
}
