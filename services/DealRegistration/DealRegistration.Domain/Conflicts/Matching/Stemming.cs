namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>
/// Plural to singular, enough for names: "Industries" → "industry", "Systems" → "system", "Burgers" → "burger"; and the
/// German way of writing an umlaut read as the umlaut folded ("Mueller" and "Müller" → "muller", "Kuehne" → "kuhne").
/// </summary>
internal static class Stemming
{
    public static string Stem(string word)
    {
        if (!word.All(char.IsAsciiLetter))
            return word;
        word = word.Replace("ae", "a", StringComparison.Ordinal).Replace("oe", "o", StringComparison.Ordinal).Replace("ue", "u", StringComparison.Ordinal);
        if (word.Length >= 5 && word.EndsWith("ies", StringComparison.Ordinal))
            return word[..^3] + "y";
        if (word.Length >= 4 && word.EndsWith('s') && !word.EndsWith("ss", StringComparison.Ordinal)
            && !word.EndsWith("us", StringComparison.Ordinal) && !word.EndsWith("is", StringComparison.Ordinal))
            return word[..^1];
        return word;
    }
}
