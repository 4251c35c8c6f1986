using DealRegistration.Domain.Conflicts;
using DealRegistration.Domain.Conflicts.Matching;

namespace DealRegistration.UnitTests.Conflicts.Labelled;

/// <summary>
/// The matcher as the conflict query runs it, without a database: every first name of a pair is an open
/// registration among the background corpus, word counts come from all of them, and the second name of a pair
/// conflicts when the index lookup (<see cref="MatchKeys.Query"/>) reaches the first and the matcher accepts it.
/// </summary>
public sealed class CorpusMatcher
{
    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public CorpusMatcher(IEnumerable<LabelledCustomer> registrations)
    {
        foreach (var key in registrations.SelectMany(r => MatchKeys.Counted(Profile(r))))
            _counts[key] = _counts.GetValueOrDefault(key) + 1;
    }

    public static CorpusMatcher ForLabelledSet { get; } =
        new(BackgroundCorpus.Customers.Concat(LabelledPairs.All.Select(p => p.A)));

    public int Registrations(string key) => _counts.GetValueOrDefault(key);

    public static CustomerProfile Profile(LabelledCustomer customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return CustomerProfile.Of(customer.Name, CustomerDomain.Normalize(customer.Domain), customer.Email, customer.Country);
    }

    public CustomerMatch? Match(LabelledCustomer earlier, LabelledCustomer later)
    {
        var (candidate, query) = (Profile(earlier), Profile(later));
        string[] product = ["the pair's product"];
        var reached = MatchKeys.Query(query, Registrations, product).Intersect(MatchKeys.Stored(candidate, product), StringComparer.Ordinal).Any();
        return reached ? ConflictMatcher.Match(query, candidate, Registrations) : null;
    }

    public bool Conflicts(LabelledPair pair) => Match((pair ?? throw new ArgumentNullException(nameof(pair))).A, pair.B) is not null;
}
