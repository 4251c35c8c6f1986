using System.Text;

namespace DealRegistration.Domain.Conflicts;

/// <summary>
/// A company name normalised for reading and storing (<c>customer_normalized_name</c>), and as the matcher before
/// issue 16 compared it (trigram similarity ≥ <see cref="SimilarityThreshold"/>; kept for the labelled set's "before"
/// figures). The conflict check itself now uses <see cref="Matching.NameTokenizer"/>. Lower case, accents and punctuation gone,
/// "&amp;" read as "and", trailing legal forms (Inc, Corp, LLC, Ltd, GmbH, S.A., …) and a leading
/// "the" removed. "ACME Corporation, Inc." and "Acme Corp" both become "acme".
/// </summary>
public static class CompanyName
{
    public const double SimilarityThreshold = 0.6;

    private static readonly HashSet<string> LegalForms =
    [
        "inc", "incorporated", "corp", "corporation", "co", "company", "cos", "llc", "llp", "lp", "ltd", "limited",
        "plc", "gmbh", "mbh", "ag", "kg", "kgaa", "ug", "sa", "sas", "sarl", "srl", "spa", "sl", "bv", "nv", "oy", "oyj",
        "ab", "as", "asa", "aps", "pty", "pte", "kk", "lda", "ulc", "se", "sp", "zoo", "oo", "z", "holding", "holdings", "group",
        "ltda", "pvt", "private", "aktiengesellschaft", "sab", "de", "cv", "srl", "sarl", "and",
    ];

    // Latin letters with diacritics → ASCII, done by table: the services run with
    // InvariantGlobalization, where string.Normalize(FormD) leaves "é" as it is.
    private const string Accented = "àáâãäåāăąçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőŕŗřśŝşšţťŧùúûüũūŭůűųŵýÿŷźżž";
    private const string Plain = "aaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnooooooooorrrsssstttuuuuuuuuuuwyyyzzz";

    public static string Normalize(string name)
    {
        var text = (name ?? string.Empty).ToLowerInvariant();
        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            var accented = Accented.IndexOf(c, StringComparison.Ordinal);
            if (accented >= 0)
                builder.Append(Plain[accented]);
            else if (c is 'ß')
                builder.Append("ss");
            else if (c is 'æ')
                builder.Append("ae");
            else if (c is 'œ')
                builder.Append("oe");
            else if (c is '.' or '\'' or '’' or '‘' or '`')
                continue; // "S.A." → "sa", "O'Brien" and "O’Brien" → "obrien"
            else
                builder.Append(c == '&' ? " and " : char.IsLetterOrDigit(c) ? c : ' ');
        }

        var tokens = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        // Trailing legal forms, also when written in pieces ("A/S" → "a s", "Sp. z o.o." → "sp z oo", "& Co." → "and co").
        while (tokens.Count > 1 && (LegalForms.Contains(tokens[^1]) || tokens[^1].Length == 1))
            tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count > 1 && tokens[0] == "the")
            tokens.RemoveAt(0);
        return string.Join(' ', tokens);
    }
}
