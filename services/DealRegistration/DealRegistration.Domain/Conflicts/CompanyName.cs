using System.Globalization;
using System.Text;

namespace DealRegistration.Domain.Conflicts;

/// <summary>
/// A company name as the conflict check compares it: lower case, accents and punctuation gone,
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
        "ab", "as", "asa", "aps", "pty", "pte", "kk", "lda", "ulc", "se", "sp", "zoo", "holding", "holdings", "group",
    ];

    public static string Normalize(string name)
    {
        var decomposed = (name ?? string.Empty).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '.' || c == '\'')
                continue; // "S.A." → "sa", "O'Brien" → "obrien"
            builder.Append(c == '&' ? " and " : char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }

        var tokens = builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (tokens.Count > 1 && LegalForms.Contains(tokens[^1]))
            tokens.RemoveAt(tokens.Count - 1);
        if (tokens.Count > 1 && tokens[0] == "the")
            tokens.RemoveAt(0);
        return string.Join(' ', tokens);
    }
}
