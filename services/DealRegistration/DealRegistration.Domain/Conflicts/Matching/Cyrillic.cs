namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>Russian and Ukrainian letters in the common passport-style Latin transliteration ("Газпром" → "gazprom").</summary>
internal static class Cyrillic
{
    private static readonly Dictionary<char, string> Letters = new()
    {
        ['а'] = "a", ['б'] = "b", ['в'] = "v", ['г'] = "g", ['ґ'] = "g", ['д'] = "d", ['е'] = "e", ['ё'] = "e", ['є'] = "ye",
        ['ж'] = "zh", ['з'] = "z", ['и'] = "i", ['і'] = "i", ['ї'] = "yi", ['й'] = "y", ['к'] = "k", ['л'] = "l", ['м'] = "m",
        ['н'] = "n", ['о'] = "o", ['п'] = "p", ['р'] = "r", ['с'] = "s", ['т'] = "t", ['у'] = "u", ['ф'] = "f", ['х'] = "kh",
        ['ц'] = "ts", ['ч'] = "ch", ['ш'] = "sh", ['щ'] = "shch", ['ъ'] = string.Empty, ['ы'] = "y", ['ь'] = string.Empty,
        ['э'] = "e", ['ю'] = "yu", ['я'] = "ya",
    };

    /// <summary>Ukrainian's own national transliteration where it differs ("Укрзалізниця" → "ukrzaliznytsia").</summary>
    private static readonly Dictionary<char, string> Ukrainian = new()
    {
        ['и'] = "y", ['я'] = "ia", ['ю'] = "iu", ['є'] = "ie", ['й'] = "i", ['г'] = "h",
    };

    /// <summary>Whether a text is Ukrainian: it has a letter Russian does not.</summary>
    public static bool IsUkrainian(string text) => text.AsSpan().IndexOfAny("іїєґ") >= 0;

    public static string? Latin(char c, bool ukrainian) =>
        ukrainian && Ukrainian.TryGetValue(c, out var own) ? own : Letters.TryGetValue(c, out var latin) ? latin : null;
}
