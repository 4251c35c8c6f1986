namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>
/// Which words of two names stand for each other, found in passes from the surest to the loosest: the same word,
/// words written together ("PiedPiper"), an acronym of consecutive words ("IBM"), a typo, an abbreviation of a
/// generic word ("Ent." for "Enterprises"). Each matched word keeps how sure the match is (1 = the same word).
/// </summary>
internal sealed class NameAlignment
{
    public const double AcronymCertainty = 0.9;
    public const double TypoCertainty = 0.9;
    public const double AbbreviationCertainty = 0.85;

    private readonly IReadOnlyList<NameWord> _a;
    private readonly IReadOnlyList<NameWord> _b;
    private readonly List<(int A, int B)> _pairs = [];

    public NameAlignment(IReadOnlyList<NameWord> a, IReadOnlyList<NameWord> b)
    {
        (_a, _b) = (a, b);
        (A, B) = (new double[a.Count], new double[b.Count]);
        Pass((i, j) => _a[i].Text == _b[j].Text, 1, null);
        Runs(_a, A, _b, B, joined: true);
        Runs(_b, B, _a, A, joined: true);
        Runs(_a, A, _b, B, joined: false);
        Runs(_b, B, _a, A, joined: false);
        Pass((i, j) => _a[i].Kind == _b[j].Kind && Typos.AreOneTypoApart(_a[i].Text, _b[j].Text), TypoCertainty, MatchSignals.Spelling);
        Pass((i, j) => Abbreviates(_a[i], _b[j]) || Abbreviates(_b[j], _a[i]), AbbreviationCertainty, MatchSignals.Abbreviation);
    }

    /// <summary>How surely each word of the first name is matched (0 = not matched); legal forms stay 0.</summary>
    public double[] A { get; }

    public double[] B { get; }

    public HashSet<string> Signals { get; } = new(StringComparer.Ordinal);

    /// <summary>Two distinctive words matched one to one appear in the opposite order ("Union Pacific" / "Pacific Union").</summary>
    public bool DistinctiveWordsSwapped => Inverted(_pairs.Where(p => _a[p.A].Kind == WordKind.Distinctive && _b[p.B].Kind == WordKind.Distinctive));

    public bool WordsReordered => Inverted(_pairs);

    private static bool Inverted(IEnumerable<(int A, int B)> pairs)
    {
        var order = pairs.OrderBy(p => p.A).Select(p => p.B).ToList();
        return order.Zip(order.Skip(1)).Any(p => p.First > p.Second);
    }

    private void Pass(Func<int, int, bool> same, double certainty, string? signal)
    {
        for (var i = 0; i < _a.Count; i++)
        {
            for (var j = 0; j < _b.Count && A[i] == 0 && !_a[i].IsLegal; j++)
            {
                if (B[j] != 0 || _b[j].IsLegal || !same(i, j))
                    continue;
                (A[i], B[j]) = (certainty, certainty);
                _pairs.Add((i, j));
                if (signal is not null)
                    Signals.Add(signal);
            }
        }
    }

    /// <summary>A word of one name against a run of words of the other: written together, or as its initials.</summary>
    private void Runs(IReadOnlyList<NameWord> one, double[] oneMatched, IReadOnlyList<NameWord> other, double[] otherMatched, bool joined)
    {
        for (var i = 0; i < one.Count; i++)
        {
            if (oneMatched[i] != 0 || one[i].IsLegal)
                continue;
            var word = one[i].Text;
            int[] lengths = joined ? [2, 3] : MatchKeys.IsAcronymLike(word) ? [word.Length] : [];
            foreach (var length in lengths)
            {
                var written = one[i].Written;
                var start = FindRun(other, otherMatched, length, run => joined
                    ? run.All(w => !w.IsLegal) && (Concat(run, w => w.Text) == word || Concat(run, w => w.Written) == written)
                    : MatchKeys.Initials(run) == word);
                if (start < 0)
                    continue;
                var certainty = joined ? 1 : AcronymCertainty;
                oneMatched[i] = certainty;
                for (var k = start; k < start + length; k++)
                    otherMatched[k] = other[k].IsLegal ? 0 : certainty;
                Signals.Add(joined ? MatchSignals.JoinedWords : MatchSignals.Acronym);
                break;
            }
        }
    }

    private static string Concat(IEnumerable<NameWord> run, Func<NameWord, string> text) => string.Concat(run.Select(text));

    private static int FindRun(IReadOnlyList<NameWord> words, double[] matched, int length, Func<IReadOnlyList<NameWord>, bool> fits)
    {
        for (var start = 0; start + length <= words.Count; start++)
        {
            var run = words.Skip(start).Take(length).ToList();
            if (Enumerable.Range(start, length).All(k => matched[k] == 0) && fits(run))
                return start;
        }

        return -1;
    }

    /// <summary>"ent" for "enterprise", "univ" for "university": a short form of a generic word only, never of a name.</summary>
    private static bool Abbreviates(NameWord shortForm, NameWord word) =>
        shortForm.Kind == WordKind.Distinctive && word.IsGeneric && shortForm.Text.Length >= 2 && shortForm.Text.All(char.IsAsciiLetter)
        && word.Text.Length >= shortForm.Text.Length + 3 && word.Text.StartsWith(shortForm.Text, StringComparison.Ordinal);
}
