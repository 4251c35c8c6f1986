namespace Enablement.Api.Endpoints;

internal static class EnablementEndpoints
{
    public const string Description =
        "Courses, certifications with expiry, exams (active reps of active partners, required courses first, at most 3 attempts " +
        "per certification in 30 days), the rep roster from partner events, tiered sales assets, and the certification rate " +
        "(certified active reps / active reps; target 80 %). Errors are RFC 9457 ProblemDetails; lists are keyset-paged.";
}
