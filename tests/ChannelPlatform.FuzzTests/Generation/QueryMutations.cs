using ChannelPlatform.FuzzTests.Api;

namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>
/// One query parameter with a bad value (already percent-encoded as sent); operations without any get <c>?limit=</c>
/// and <c>?q=</c>, which they must ignore.
/// </summary>
public static class QueryMutations
{
    private static readonly Parameter[] Fallback =
    [
        new("limit", "query", false, "integer/int32", []),
        new("q", "query", false, "string", []),
    ];

    private static readonly (string Label, string Value, MustReject Reject)[] Numbers =
    [
        ("-1", "-1", default), ("0", "0", default), ("999999999999", "999999999999", default), ("1.5", "1.5", default),
        ("a word", "abc", default), ("empty", string.Empty, default), ("%00", "%00", default), ("1e16", "1e16", default),
        ("9999", "9999", default), ("int32 max + 1", "2147483648", default),
    ];

    private static readonly (string, string, MustReject)[] Texts =
    [
        ("%00", "%00", MustReject.ControlCharacter), ("NUL inside", "fuzz%00name", MustReject.ControlCharacter),
        ("BEL", "a%07b", MustReject.ControlCharacter), ("ESC sequence", "%1B%5B31m", MustReject.ControlCharacter),
        ("emoji", "%F0%9F%9A%80", default), ("200 × ß", string.Concat(Enumerable.Repeat("%C3%9F", 200)), default),
        ("2 000 chars", new string('x', 2_000), default), ("invalid UTF-8", "%C3%28", default),
        ("UTF-8 surrogate", "%ED%A0%80", default), ("quote", "O%27Brien%27)%20--", default), ("empty", string.Empty, default),
        ("percent literal", "%25", default), ("wildcards", "%25_%25", default),
    ];

    private static readonly (string, string, MustReject)[] Dates =
    [
        ("0001-01-01", "0001-01-01", MustReject.DateOutOfRange), ("9999-12-31", "9999-12-31", MustReject.DateOutOfRange),
        ("1999-12-31", "1999-12-31", MustReject.DateOutOfRange), ("2100-01-01", "2100-01-01", MustReject.DateOutOfRange),
        ("not-a-date", "not-a-date", default), ("2026-02-30", "2026-02-30", default), ("%00", "%00", default),
        ("time with offset", "2026-03-01T10:00:00%2B05:30", default), ("empty", string.Empty, default),
    ];

    private static readonly (string, string, MustReject)[] Quarters =
    [
        ("1999-Q4", "1999-Q4", MustReject.DateOutOfRange), ("2100-Q1", "2100-Q1", MustReject.DateOutOfRange),
        ("0001-Q1", "0001-Q1", MustReject.DateOutOfRange), ("2026-Q5", "2026-Q5", default), ("Q1", "Q1", default),
        ("%00", "%00", MustReject.ControlCharacter),
    ];

    private static readonly (string, string, MustReject)[] Cursors =
    [
        ("garbage", "garbage", default), ("%00", "%00", MustReject.ControlCharacter), ("base64 of JSON", "eyJ4IjoxfQ", default),
        ("4 000 chars", new string('A', 4_000), default), ("-1", "-1", default), ("base64 of a huge number", "OTk5OTk5OTk5OTk5OTk5OTk5OTk5", default),
    ];

    private static readonly (string, string, MustReject)[] Others =
    [
        ("not-a-guid", "not-a-guid", default), ("empty guid", Guid.Empty.ToString(), default), ("%00", "%00", default),
        ("maybe", "maybe", default), ("repeated", "1&{0}=2", default),
    ];

    public static FuzzRequest Apply(FuzzRequest baseline, Random random)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(random);
        var declared = baseline.Operation.Query.ToList();
        var parameters = declared.Count > 0 ? declared : [.. Fallback];
        var parameter = parameters[random.Next(parameters.Count)];
        var values = parameter.Name switch
        {
            "cursor" => Cursors,
            "quarter" => Quarters,
            _ => FieldKinds.OfFormat(parameter.Format) switch
            {
                FieldKind.Number => Numbers,
                FieldKind.Date or FieldKind.DateTime => Dates,
                FieldKind.Text => Texts,
                _ => Others,
            },
        };
        var (label, value, reject) = values[random.Next(values.Length)];
        var separator = baseline.Target.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        return baseline with
        {
            Category = "query",
            Mutation = $"?{parameter.Name}= {label}",
            Target = $"{baseline.Target}{separator}{parameter.Name}={value.Replace("{0}", parameter.Name, StringComparison.Ordinal)}",
            // An undeclared parameter is ignored, not input: nothing to name, nothing the contract refuses.
            Field = declared.Count > 0 ? parameter.Name : null,
            MustReject = declared.Count > 0 ? reject : MustReject.Nothing,
        };
    }
}
