namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>
/// The index keys of a customer, one text[] GIN-indexed per registration: "t:" a word (and two or three adjacent words
/// written together), "a:" the initials of a run of words, "s:" a rare word with one letter dropped (finds one typo),
/// "n:" the whole name's words in order of the alphabet (with and without places), "w:" a domain; and "p:" a product
/// with the whole name or a domain ("p:cloudsuite|n:acme"). A conflict lookup asks only for keys that at most
/// <see cref="RareLimit"/> open registrations hold, and for the whole name and the domains only with a product it
/// registers, so it reads a bounded number of rows however many registrations there are (a popular name's rows that
/// share no product are never read); the customer search, which has no product, asks for the plain ones.
/// </summary>
public static class MatchKeys
{
    public const int RareLimit = 100;
    private const int MaxAcronym = 6;

    /// <summary>The keys a registration is stored (and indexed) under.</summary>
    public static IReadOnlyList<string> Stored(CustomerProfile profile, IEnumerable<string>? products = null)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        keys.UnionWith(WordKeys(profile));
        keys.UnionWith(Runs(profile.Words).Select(run => "a:" + Initials(run)));
        keys.UnionWith(SpellingKeys(profile).Select(k => k.Key));
        keys.UnionWith(Always(profile));
        keys.UnionWith(Always(profile, products));
        return keys.ToList();
    }

    /// <summary>The stored keys whose registrations are counted (the "t:" and "a:" keys).</summary>
    public static IReadOnlyList<string> Counted(CustomerProfile profile) =>
        Stored(profile).Where(k => k.StartsWith("t:", StringComparison.Ordinal) || k.StartsWith("a:", StringComparison.Ordinal)).ToList();

    /// <summary>Keys asked for whatever their count: the whole name and the domains, with each product when given.</summary>
    public static IReadOnlyList<string> Always(CustomerProfile profile, IEnumerable<string>? products)
    {
        var plain = Always(profile);
        return products is null
            ? plain
            : products.Select(p => p.Trim().ToLowerInvariant()).Distinct().SelectMany(p => plain.Select(k => $"p:{p}|{k}")).ToList();
    }

    /// <summary>The whole name (with and without places) and the domains.</summary>
    public static IReadOnlyList<string> Always(CustomerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var keys = new SortedSet<string>(StringComparer.Ordinal);
        // Never no key at all: an empty array marks a registration whose keys are still to be computed.
        keys.Add("n:" + string.Join(' ', profile.Tokens.Select(t => t.Text).Order(StringComparer.Ordinal)));
        var core = profile.Tokens.Where(t => t.Kind != WordKind.Place).Select(t => t.Text).Order(StringComparer.Ordinal).ToList();
        if (core.Count > 0)
            keys.Add("n:" + string.Join(' ', core));
        keys.UnionWith(profile.Domains.Select(d => "w:" + d));
        return keys.ToList();
    }

    /// <summary>The keys whose counts decide whether they are asked for (and that weigh the words).</summary>
    public static IReadOnlyList<string> Counts(CustomerProfile profile)
    {
        var keys = new SortedSet<string>(WordKeys(profile), StringComparer.Ordinal);
        keys.UnionWith(AcronymLike(profile).Select(t => "a:" + t));
        keys.UnionWith(Runs(profile.Words).Select(run => "t:" + Initials(run)));
        keys.UnionWith(Counted(profile));
        return keys.ToList();
    }

    /// <summary>The keys to look candidates up by, given how many open registrations hold each counted key.</summary>
    /// <param name="products">The products registered (a conflict needs one in common); null for a search by customer alone.</param>
    public static IReadOnlyList<string> Query(CustomerProfile profile, Func<string, int> registrations, IEnumerable<string>? products = null)
    {
        ArgumentNullException.ThrowIfNull(registrations);
        var keys = new SortedSet<string>(Always(profile, products), StringComparer.Ordinal);
        keys.UnionWith(WordKeys(profile).Where(k => registrations(k) <= RareLimit));
        keys.UnionWith(AcronymLike(profile).Select(t => "a:" + t).Where(k => registrations(k) <= RareLimit));
        keys.UnionWith(Runs(profile.Words).Select(run => "t:" + Initials(run)).Where(k => registrations(k) <= RareLimit));
        keys.UnionWith(SpellingKeys(profile).Where(k => registrations(k.Word) <= RareLimit).Select(k => k.Key));
        return keys.ToList();
    }

    /// <summary>"s:" keys with the "t:" key of the word each comes from.</summary>
    public static IReadOnlyList<(string Key, string Word)> SpellingKeys(CustomerProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return profile.Tokens
            .Where(t => t.Kind == WordKind.Distinctive && t.Text.Length >= Typos.MinLength)
            .SelectMany(t => Enumerable.Range(0, t.Text.Length).Select(i => t.Text.Remove(i, 1)).Append(t.Text)
                .Select(variant => ("s:" + variant, "t:" + t.Text)))
            .Distinct()
            .ToList();
    }

    public static string WordKey(NameWord word) => "t:" + (word ?? throw new ArgumentNullException(nameof(word))).Text;

    private static IEnumerable<string> WordKeys(CustomerProfile profile)
    {
        var tokens = profile.Tokens;
        for (var i = 0; i < tokens.Count; i++)
        {
            yield return WordKey(tokens[i]);
            for (var length = 2; length <= 3 && i + length <= tokens.Count; length++)
            {
                yield return "t:" + string.Concat(tokens.Skip(i).Take(length).Select(t => t.Text));
                yield return "t:" + string.Concat(tokens.Skip(i).Take(length).Select(t => t.Written));
            }
        }
    }

    /// <summary>Words that could be an acronym: letters only, two to six of them.</summary>
    internal static IEnumerable<string> AcronymLike(CustomerProfile profile) =>
        profile.Tokens.Select(t => t.Text).Where(IsAcronymLike).Distinct();

    internal static bool IsAcronymLike(string word) => word.Length is >= 2 and <= MaxAcronym && word.All(char.IsAsciiLetter);

    /// <summary>Runs of two to six consecutive words (legal forms included: "TSMC" spells "Company").</summary>
    internal static IEnumerable<IReadOnlyList<NameWord>> Runs(IReadOnlyList<NameWord> words)
    {
        for (var start = 0; start < words.Count; start++)
        {
            for (var length = 2; length <= MaxAcronym && start + length <= words.Count; length++)
                yield return words.Skip(start).Take(length).ToList();
        }
    }

    internal static string Initials(IEnumerable<NameWord> run) => string.Concat(run.Select(w => w.Text[0]));
}
