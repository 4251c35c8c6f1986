using DealRegistration.Domain.Conflicts;

namespace DealRegistration.UnitTests.Conflicts.Labelled;

/// <summary>
/// The matcher before issue 16, kept to report the "before" figures: the same normalised domain, or pg_trgm
/// similarity ≥ 0.6 of <see cref="CompanyName.Normalize"/>d names (ported in <see cref="PgTrgm"/>). It had no e-mail signal.
/// </summary>
public static class BaselineMatcher
{
    public static bool Conflicts(LabelledPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var (a, b) = (CustomerDomain.Normalize(pair.A.Domain), CustomerDomain.Normalize(pair.B.Domain));
        return (a is not null && a == b) || PgTrgm.Similarity(CompanyName.Normalize(pair.A.Name), CompanyName.Normalize(pair.B.Name)) >= CompanyName.SimilarityThreshold;
    }
}
