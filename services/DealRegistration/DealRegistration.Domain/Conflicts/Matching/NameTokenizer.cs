using System.Text;
using System.Text.RegularExpressions;

namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>
/// A company name as words the matcher compares: folded to plain lower-case letters, "S.A." and "I.B.M." joined,
/// "AT&amp;T" as "att" but "Procter &amp; Gamble" as "procter gamble", stop words ("the", "of", "und") dropped,
/// legal forms kept apart (anywhere after the first word), abbreviations expanded and plurals made singular.
/// </summary>
public static partial class NameTokenizer
{
    public static IReadOnlyList<NameWord> Tokenize(string name)
    {
        var text = TextFolding.Fold(name ?? string.Empty);
        text = JoinedInitials().Replace(text, "$1$2").Replace("&", " and ", StringComparison.Ordinal);
        var words = JoinSingleLetters(Words(text));
        var kept = words.Where(w => !Vocabulary.StopWords.Contains(w)).ToList();
        if (kept.Count == 0)
            kept = words;
        return Classify(kept);
    }

    private static List<string> Words(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '.' or '\'' or '’' or '‘' or '`' or '´')
                continue; // "S.A." → "sa", "O'Brien" → "obrien"
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : ' ');
        }

        return builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
    }

    /// <summary>"I B M" → "ibm", "A/S" → "as": a run of two or more one-letter words is one word.</summary>
    private static List<string> JoinSingleLetters(List<string> words)
    {
        var joined = new List<string>(words.Count);
        for (var i = 0; i < words.Count; i++)
        {
            var end = i;
            while (end + 1 < words.Count && words[end].Length == 1 && words[end + 1].Length == 1 && char.IsAsciiLetter(words[end + 1][0]))
                end++;
            joined.Add(end > i ? string.Concat(words.Skip(i).Take(end - i + 1)) : words[i]);
            i = end;
        }

        return joined;
    }

    private static List<NameWord> Classify(List<string> words)
    {
        var legal = new bool[words.Count];
        for (var i = 1; i < words.Count; i++)
        {
            foreach (var phrase in Vocabulary.LegalPhrases.Where(p => i + p.Length <= words.Count && p.SequenceEqual(words.Skip(i).Take(p.Length))))
                Array.Fill(legal, true, i, phrase.Length);
            legal[i] |= Vocabulary.LegalForms.Contains(Vocabulary.Canonical.GetValueOrDefault(words[i], words[i]));
        }

        if (legal.Skip(1).All(l => l) && words.Count > 1 && Vocabulary.LegalForms.Contains(words[0]))
            Array.Fill(legal, false); // "The Limited": a name made of legal forms only stays a name
        return words.Select((w, i) => legal[i] ? new NameWord(w, WordKind.Legal) : Word(w)).ToList();
    }

    private static NameWord Word(string word)
    {
        var raw = Vocabulary.Canonical.GetValueOrDefault(word, word);
        var text = Stemming.Stem(raw);
        var kind = GenericWords.Places.Contains(text) ? WordKind.Place
            : GenericWords.Descriptors.Contains(text) ? WordKind.Descriptor
            : WordKind.Distinctive;
        return new NameWord(text, kind, raw == text ? null : raw);
    }

    /// <summary>"at&amp;t", "p &amp; g", "h&amp;m": initials around an ampersand are one word.</summary>
    [GeneratedRegex(@"\b([a-z0-9]{1,2})\s*&\s*([a-z0-9]{1,2})\b", RegexOptions.CultureInvariant)]
    private static partial Regex JoinedInitials();
}
