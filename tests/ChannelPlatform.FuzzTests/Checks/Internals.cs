using System.Text.RegularExpressions;

namespace ChannelPlatform.FuzzTests.Checks;

/// <summary>
/// What no answer may show (CONTRACT.md: "No error ever leaks a stack trace, SQL …"): stack frames, .NET type and
/// namespace names, source paths, SQL and PostgreSQL SQLSTATE messages. The generator never sends these strings, so
/// an answer that echoes input cannot trip them.
/// </summary>
public static partial class Internals
{
    private static readonly (string What, string Text)[] Substrings =
    [
        ("stack trace", "   at "), ("stack trace", "--- End of stack trace"),
        (".NET namespace", "System."), (".NET namespace", "Microsoft."), (".NET namespace", "ChannelPlatform."),
        ("Npgsql", "Npgsql"), ("exception type", "Exception"),
        ("source path", "/work/"), ("source path", ".cs:line"),
        ("SQL", "SELECT "), ("SQL", "INSERT "), ("SQL", "syntax error at"),
        ("PostgreSQL message", "violates"), ("SQLSTATE", "22P05"), ("SQLSTATE", "SQLSTATE"),
    ];

    /// <summary>The first internal the body shows, with a little context; null when it shows none.</summary>
    public static string? Find(string body)
    {
        ArgumentNullException.ThrowIfNull(body);
        foreach (var (what, text) in Substrings)
        {
            var at = body.IndexOf(text, StringComparison.Ordinal);
            if (at >= 0)
                return $"{what}: …{Around(body, at)}…";
        }

        var state = SqlState().Match(body);
        return state.Success ? $"SQLSTATE {state.Value}: …{Around(body, state.Index)}…" : null;
    }

    private static string Around(string body, int at)
    {
        var start = Math.Max(0, at - 40);
        return body.Substring(start, Math.Min(body.Length - start, 120)).ReplaceLineEndings(" ");
    }

    /// <summary>
    /// Data, integrity and syntax classes as Npgsql writes them ("22021: invalid byte sequence …"): a code, a colon, a
    /// space and a word, which neither a GUID (no five-character group) nor a timestamp ("22T21:30") has.
    /// </summary>
    [GeneratedRegex(@"(?<![\w-])(?:22|23|42)[0-9A-Z]{3}: [A-Za-z]")]
    private static partial Regex SqlState();
}
