using DealRegistration.Domain.Deals;

namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>A conflict the matcher found: the reason, how similar (1.0 for a domain), and the signals that fired.</summary>
public sealed record CustomerMatch(ConflictReason Reason, double Similarity, IReadOnlyList<string> MatchedOn);

/// <summary>
/// Whether two registrations are for the same customer. A shared registrable domain (web or contact e-mail, free mail
/// never) decides at once. Otherwise the names are scored: the weight of the words that match on both sides over the
/// weight of all their words (a weighted Dice coefficient), each word weighted by <see cref="WordWeights"/> and by how
/// surely it matched (<see cref="NameAlignment"/>); then lowered when two distinctive words swap places, when both
/// names add a different line of business ("Acme Robotics" / "Acme Logistics"), when the countries differ (more so
/// without a rare word in common), and when both customers give web domains that differ. At
/// <see cref="Threshold"/> or above it is a SimilarName conflict. The lookup (<see cref="MatchKeys"/>) decides which
/// registrations are compared at all; this is a pure function of the two profiles and the word counts.
/// </summary>
public static class ConflictMatcher
{
    public const double Threshold = 0.75;
    public const double SwappedWordsFactor = 0.5;
    public const double OtherBusinessFactor = 0.6;
    public const double OtherCountryFactor = 0.9;
    public const double NoRareWordAcrossCountriesFactor = 0.5;
    public const double RareWordWeight = 4.5;
    public const double OtherDomainsFactor = 0.7;

    /// <param name="registrations">How many open registrations hold a counted key (<see cref="MatchKeys.Counts"/>).</param>
    /// <param name="compareCountries">False for a search by name alone.</param>
    public static CustomerMatch? Match(
        CustomerProfile query, CustomerProfile candidate, Func<string, int> registrations, bool compareCountries = true)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        var shared = query.Domains.Intersect(candidate.Domains, StringComparer.Ordinal).ToList();
        if (shared.Count > 0)
            return new CustomerMatch(ConflictReason.SameDomain, 1.0, DomainSignals(query, candidate, shared));
        var (similarity, signals) = Score(query, candidate, registrations, compareCountries);
        return similarity >= Threshold ? new CustomerMatch(ConflictReason.SimilarName, Math.Round(similarity, 3), signals) : null;
    }

    public static (double Similarity, IReadOnlyList<string> MatchedOn) Score(
        CustomerProfile query, CustomerProfile candidate, Func<string, int> registrations, bool compareCountries = true)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(candidate);
        ArgumentNullException.ThrowIfNull(registrations);
        var alignment = new NameAlignment(query.Words, candidate.Words);
        var a = Weigh(query.Words, alignment.A, registrations);
        var b = Weigh(candidate.Words, alignment.B, registrations);
        var total = a.Total + b.Total;
        var similarity = total == 0 ? 0 : (a.Matched + b.Matched) / total;
        if (alignment.DistinctiveWordsSwapped)
            similarity *= SwappedWordsFactor;
        if (a.UnmatchedDescriptor && b.UnmatchedDescriptor)
            similarity *= OtherBusinessFactor;
        var sameCountry = !compareCountries || query.Country == candidate.Country;
        if (!sameCountry)
        {
            var rareWordShared = Math.Max(a.Strongest, b.Strongest) >= RareWordWeight;
            similarity *= rareWordShared ? OtherCountryFactor : OtherCountryFactor * NoRareWordAcrossCountriesFactor;
        }

        if (query.Domains.Any() && candidate.Domains.Any())
            similarity *= OtherDomainsFactor;
        return (similarity, NameSignals(query, candidate, alignment, compareCountries && sameCountry));
    }

    private static Weighed Weigh(IReadOnlyList<NameWord> words, double[] matched, Func<string, int> registrations)
    {
        var (total, sure, strongest, unmatchedDescriptor) = (0.0, 0.0, 0.0, false);
        for (var i = 0; i < words.Count; i++)
        {
            var weight = WordWeights.Of(words[i], words[i].IsLegal ? 0 : registrations(MatchKeys.WordKey(words[i])));
            total += weight;
            sure += weight * matched[i];
            unmatchedDescriptor |= matched[i] == 0 && words[i].Kind == WordKind.Descriptor;
            if (matched[i] >= NameAlignment.TypoCertainty && words[i].Kind == WordKind.Distinctive)
                strongest = Math.Max(strongest, weight);
        }

        return new Weighed(total, sure, strongest, unmatchedDescriptor);
    }

    private static List<string> NameSignals(CustomerProfile query, CustomerProfile candidate, NameAlignment alignment, bool sameCountry)
    {
        var signals = new List<string> { MatchSignals.Name };
        if (query.Tokens.Select(t => t.Text).SequenceEqual(candidate.Tokens.Select(t => t.Text), StringComparer.Ordinal))
            signals.Add(MatchSignals.SameName);
        signals.AddRange(alignment.Signals.Order(StringComparer.Ordinal));
        if (alignment.WordsReordered)
            signals.Add(MatchSignals.WordOrder);
        if (sameCountry)
            signals.Add(MatchSignals.Country);
        return signals;
    }

    private static List<string> DomainSignals(CustomerProfile query, CustomerProfile candidate, List<string> shared)
    {
        var signals = new List<string>();
        if (query.Domain is { } domain && domain == candidate.Domain && shared.Contains(domain))
            signals.Add(MatchSignals.CustomerDomain);
        if (shared.Any(d => d != query.Domain || d != candidate.Domain))
            signals.Add(MatchSignals.ContactEmailDomain);
        return signals;
    }

    private readonly record struct Weighed(double Total, double Matched, double Strongest, bool UnmatchedDescriptor);
}
