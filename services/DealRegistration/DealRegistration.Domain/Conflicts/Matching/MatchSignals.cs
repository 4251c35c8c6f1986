namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>The names of the signals a conflict's <c>matchedOn</c> lists, so a channel manager sees why it was raised.</summary>
public static class MatchSignals
{
    /// <summary>The customers' web domains are the same registrable domain.</summary>
    public const string CustomerDomain = "customerDomain";

    /// <summary>A customer contact's e-mail domain is the other registration's web or e-mail domain (free mail never counts).</summary>
    public const string ContactEmailDomain = "contactEmailDomain";

    /// <summary>The company names match by their words, rare words weighing most.</summary>
    public const string Name = "name";

    /// <summary>The names have the very same words in the same order once folded and legal forms are dropped.</summary>
    public const string SameName = "sameName";

    public const string WordOrder = "wordOrder";

    public const string Acronym = "acronym";

    public const string Abbreviation = "abbreviation";

    public const string Spelling = "spelling";

    public const string JoinedWords = "joinedWords";

    /// <summary>Both customers are in the same country (a name match across countries needs a rare shared word).</summary>
    public const string Country = "country";
}
