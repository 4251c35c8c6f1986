using System.Text;

namespace DealRegistration.UnitTests.Conflicts;

/// <summary>
/// A test-only port of PostgreSQL pg_trgm's <c>similarity(a, b)</c>, so the conflict matcher's verdicts
/// can be tested without a database. What pg_trgm does (contrib/pg_trgm/trgm_op.c, default build flags):
/// <list type="number">
/// <item>lower-cases the text (IGNORECASE);</item>
/// <item>splits it into words on every non-alphanumeric character (KEEPONLYALNUM);</item>
/// <item>pads each word with two leading spaces and one trailing space ("cat" → "  cat ");</item>
/// <item>takes the set of distinct 3-character trigrams of the padded words ("  c", " ca", "cat", "at ");</item>
/// <item>similarity = |common trigrams| / |union of trigrams|, as a float4; 0 when either side has none.</item>
/// </list>
/// The <c>%</c> operator the conflict query uses is <c>similarity &gt;= pg_trgm.similarity_threshold</c> (0.6).
/// Checked against PostgreSQL 15 (UTF-8 database, C.UTF-8 locale): identical similarities and <c>%</c> verdicts
/// for every pair of the labelled set (<see cref="Labelled.BaselineMatcher"/>). pg_trgm decides "alphanumeric" with the database's
/// LC_CTYPE; in a UTF-8 locale non-ASCII letters (ø, ł, ß) are letters as they are for <see cref="char.IsLetterOrDigit(char)"/>.
/// Two differences that never matter here: pg_trgm hashes trigrams holding multi-byte characters into 3 bytes
/// (collisions are possible but astronomically rare), and it works on code points, not UTF-16 units.
/// </summary>
internal static class PgTrgm
{
    public static double Similarity(string a, string b)
    {
        var left = Trigrams(a);
        var right = Trigrams(b);
        if (left.Count == 0 || right.Count == 0)
            return 0;
        var common = left.Count(right.Contains);
        return (float)common / (left.Count + right.Count - common);
    }

    public static IReadOnlySet<string> Trigrams(string text)
    {
        var trigrams = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in Words(text.ToLowerInvariant()))
        {
            var padded = "  " + word + " ";
            for (var i = 0; i + 3 <= padded.Length; i++)
                trigrams.Add(padded.Substring(i, 3));
        }

        return trigrams;
    }

    private static IEnumerable<string> Words(string text)
    {
        var word = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                word.Append(c);
            }
            else if (word.Length > 0)
            {
                yield return word.ToString();
                word.Clear();
            }
        }

        if (word.Length > 0)
            yield return word.ToString();
    }
}
