namespace DealRegistration.Api.Endpoints;

internal static class DealRegistrationApiDocs
{
    public const string Description =
        "Deal registration with a 48-hour decision promise, conflict detection (same registrable customer domain or contact e-mail " +
        "domain, or company names whose words match by rarity-weighted similarity ≥ 0.75 — any word order, acronyms, abbreviations, " +
        "typos, transliteration — with a product in common; only open registrations of other partners count; first to register " +
        "wins; each conflict's matchedOn lists the signals that fired), co-sell requests, campaigns and leads (72 h to accept). " +
        "Errors are RFC 9457 ProblemDetails; lists are keyset-paged with ?limit= (1–200, default 50) and ?cursor=.";
}
