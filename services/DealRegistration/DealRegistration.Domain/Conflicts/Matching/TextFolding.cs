using System.Text;

namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>
/// Lower case and plain ASCII letters, so spellings of one name in different scripts and keyboards
/// meet: accents fold by table (the services run with InvariantGlobalization, where Unicode
/// decomposition is off), ligatures spell out, Cyrillic is transliterated.
/// </summary>
internal static class TextFolding
{
    private const string Accented = "àáâãäåāăąǎçćĉċčďđèéêëēĕėęěĝğġģĥħìíîïĩīĭįıĵķĺļľŀłñńņňòóôõöøōŏőǒŕŗřśŝşšșţťŧțùúûüũūŭůűųǔŵýÿŷźżž";
    private const string Plain = "aaaaaaaaaacccccddeeeeeeeeegggghhiiiiiiiiijklllllnnnnoooooooooorrrsssssttttuuuuuuuuuuuwyyyzzz";

    public static string Fold(string text)
    {
        var lower = text.ToLowerInvariant().Replace("кс", "x", StringComparison.Ordinal);
        var ukrainian = Cyrillic.IsUkrainian(lower);
        var builder = new StringBuilder(lower.Length + 8);
        foreach (var c in lower)
        {
            var accented = Accented.IndexOf(c, StringComparison.Ordinal);
            if (accented >= 0)
                builder.Append(Plain[accented]);
            else
                builder.Append(Spelled(c) ?? Cyrillic.Latin(c, ukrainian) ?? c.ToString());
        }

        return builder.ToString();
    }

    private static string? Spelled(char c) => c switch
    {
        'ß' => "ss",
        'æ' => "ae",
        'œ' => "oe",
        'þ' => "th",
        'ð' => "d",
        _ => null,
    };
}
