namespace DealRegistration.Api.Endpoints;

internal static class DealRegistrationApiDocs
{
    public const string Description =
        "Deal registration with a 48-hour decision promise, conflict detection (same customer domain, or company-name trigram " +
        "similarity ≥ 0.6 after removing case, punctuation and legal suffixes, with a product in common; only open registrations of " +
        "other partners count; first to register wins), co-sell requests, campaigns and leads (72 h to accept). " +
        "Errors are RFC 9457 ProblemDetails; lists are keyset-paged with ?limit= (1–200, default 50) and ?cursor=.";
}
