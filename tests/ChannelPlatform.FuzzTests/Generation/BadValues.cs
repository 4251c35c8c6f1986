namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>The bad values of issue 11, by the kind of field they are aimed at; every field also gets the universal ones.</summary>
public static class BadValues
{
    private const MustReject Control = MustReject.ControlCharacter;

    public static readonly IReadOnlyList<BadValue> Universal =
    [
        new("null", "null"),
        new("an object", "{}"),
        new("an array", "[]"),
        new("true", "true"),
        new("a number", "12345"),
        BadValue.Text("a word", "fuzz"),
        BadValue.Text("empty string", string.Empty),
    ];

    public static readonly IReadOnlyList<BadValue> Strings =
    [
        BadValue.Text("blank", "   "),
        BadValue.Text("10 000 chars", new string('x', 10_000)),
        BadValue.Escaped("NUL", "fuzz\\u0000name", Control),
        BadValue.Escaped("only NUL", "\\u0000", Control),
        BadValue.Escaped("BEL", "fuzz\\u0007name", Control),
        BadValue.Escaped("ESC sequence", "\\u001b[31mred", Control),
        BadValue.Escaped("lone high surrogate", "fuzz\\ud800name"),
        BadValue.Escaped("lone low surrogate", "\\udc00"),
        BadValue.Text("emoji", "Partner 🚀🤝🏽 co"),
        BadValue.Text("right-to-left", "שותף عربي ‮evil"),
        BadValue.Text("sharp s", "Straße GmbH"),
        BadValue.Text("combining marks", "Cafe\u0301\u0301\u0301\u0308"),
        BadValue.Text("200 × ß", new string('ß', 200)),
        BadValue.Text("201 × ß", new string('ß', 201)),
        BadValue.Text("200 × &", new string('&', 200)),
        BadValue.Text("markup", "<script>alert(1)</script>"),
        BadValue.Text("quote and comment", "O'Brien'); --"),
        BadValue.Text("percent NUL literal", "%00"),
    ];

    public static readonly IReadOnlyList<BadValue> Numbers =
    [
        new("0", "0"),
        new("-1", "-1"),
        new("1e16", "1e16", MustReject.ExtremeNumber),
        new("1e300", "1e300", MustReject.ExtremeNumber),
        new("-1e300", "-1e300", MustReject.ExtremeNumber),
        new("2^96 (past decimal)", "79228162514264337593543950336", MustReject.ExtremeNumber),
        new("1.5", "1.5"),
        new("int32 max + 1", "2147483648"),
        new("sub-cent", "0.0000001"),
        BadValue.Text("NaN as a string", "NaN"),
        BadValue.Text("number as a string", "100"),
    ];

    private const MustReject OutOfRange = MustReject.DateOutOfRange;

    public static readonly IReadOnlyList<BadValue> Dates =
    [
        BadValue.Text("0001-01-01", "0001-01-01", OutOfRange),
        BadValue.Text("9999-12-31", "9999-12-31", OutOfRange),
        BadValue.Text("1999-12-31", "1999-12-31", OutOfRange),
        BadValue.Text("2100-01-01", "2100-01-01", OutOfRange),
        BadValue.Text("not-a-date", "not-a-date"),
        BadValue.Text("2026-02-30", "2026-02-30"),
        BadValue.Text("2026-13-01", "2026-13-01"),
        BadValue.Text("time with offset", "2026-03-01T10:00:00+05:30"),
        new("date as a number", "20260301"),
    ];

    public static readonly IReadOnlyList<BadValue> DateTimes =
    [
        BadValue.Text("0001-01-01T00:00:00Z", "0001-01-01T00:00:00Z", OutOfRange),
        BadValue.Text("9999-12-31T23:59:59Z", "9999-12-31T23:59:59Z", OutOfRange),
        BadValue.Text("1999-12-31T23:59:59Z", "1999-12-31T23:59:59Z", OutOfRange),
        BadValue.Text("2100-01-01T00:00:00Z", "2100-01-01T00:00:00Z", OutOfRange),
        BadValue.Text("offset +05:30", "2026-03-01T10:00:00+05:30"),
        BadValue.Text("offset -14:00", "2026-03-01T10:00:00-14:00"),
        BadValue.Text("a date only", "2026-03-01"),
        BadValue.Text("2026-02-30T10:00:00Z", "2026-02-30T10:00:00Z"),
    ];

    public static readonly IReadOnlyList<BadValue> Uuids =
    [
        BadValue.Text("not-a-guid", "not-a-guid"),
        BadValue.Text("empty guid", Guid.Empty.ToString()),
        BadValue.Text("unknown guid", "0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c99"),
        BadValue.Text("guid in braces", "{0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10}"),
        BadValue.Escaped("guid with NUL", "0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10\\u0000", Control),
    ];

    public static IReadOnlyList<BadValue> For(FieldKind kind) => kind switch
    {
        FieldKind.Text or FieldKind.Unknown => Strings,
        FieldKind.Number => Numbers,
        FieldKind.Date => [.. Dates, .. Strings.Take(6)],
        FieldKind.DateTime => [.. DateTimes, .. Strings.Take(6)],
        FieldKind.Uuid => Uuids,
        _ => [],
    };
}
