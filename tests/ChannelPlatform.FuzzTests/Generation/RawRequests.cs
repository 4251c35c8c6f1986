using System.Text;

namespace ChannelPlatform.FuzzTests.Generation;

public enum RawKind
{
    PercentNulInPath,
    NulByteInRequestLine,
    HighBytesInPath,
    SpaceInTarget,
    NonAsciiHeaderValue,
    NonAsciiAuthorization,
    ControlCharacterInHeader,
    RequestLineOver8KB,
    HeadersOver32KB,
    NoHost,
    BrokenChunkedBody,
}

/// <summary>
/// Requests as bytes on a socket, for what HttpClient refuses to send: NUL and high bytes in the request line, control
/// and non-ASCII bytes in header values, a request line over 8 KB, headers over 32 KB, a broken chunked body.
/// </summary>
public static class RawRequests
{
    public static FuzzRequest Apply(FuzzRequest baseline, Random random)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(random);
        var kinds = Enum.GetValues<RawKind>().Where(k => baseline.Body is not null || k != RawKind.BrokenChunkedBody).ToList();
        return Make(baseline, kinds[random.Next(kinds.Count)]);
    }

    public static FuzzRequest Make(FuzzRequest baseline, RawKind kind)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        var target = Encoding.ASCII.GetBytes(baseline.Target);
        var request = kind switch
        {
            RawKind.PercentNulInPath => With(baseline, target: Encoding.ASCII.GetBytes(PathOf(baseline) + "/%00")),
            RawKind.NulByteInRequestLine => With(baseline, target: [.. target, 0x00, (byte)'x']),
            RawKind.HighBytesInPath => With(baseline, target: [.. target, 0xFF, 0xFE]),
            RawKind.SpaceInTarget => With(baseline, target: [.. target, (byte)' ', (byte)'x']),
            RawKind.NonAsciiHeaderValue => With(baseline, extra: ("X-Fuzz", "Grüße 🚀")),
            RawKind.NonAsciiAuthorization => With(baseline, extra: ("Authorization", "Bearer ümlaut")),
            RawKind.ControlCharacterInHeader => With(baseline, extra: ("X-Fuzz", "a\u0007b\u001b")),
            RawKind.RequestLineOver8KB => With(baseline, target: Encoding.ASCII.GetBytes(PathOf(baseline) + "?q=" + new string('a', 9_000))),
            RawKind.HeadersOver32KB => With(baseline, extra: ("X-Fuzz", new string('h', 33_000))),
            RawKind.NoHost => With(baseline, host: false),
            _ => With(baseline, chunkedGarbage: true),
        };
        return request with { Category = "raw request", Mutation = kind.ToString() };
    }

    /// <summary>Any request as bytes: used for the ones above, and for generated headers HttpClient cannot carry.</summary>
    public static FuzzRequest Encode(FuzzRequest request) => With(request);

    private static string PathOf(FuzzRequest request) => request.Target.Split('?')[0];

    private static FuzzRequest With(
        FuzzRequest request, byte[]? target = null, (string Name, string Value)? extra = null, bool host = true, bool chunkedGarbage = false)
    {
        var bytes = new List<byte>();
        void Line(string text) => bytes.AddRange(Encoding.UTF8.GetBytes(text + "\r\n"));
        bytes.AddRange(Encoding.ASCII.GetBytes($"{request.Method.Method} "));
        bytes.AddRange(target ?? Encoding.ASCII.GetBytes(request.Target));
        Line(" HTTP/1.1");
        if (host)
            Line("Host: {host}");
        if (request.Caller.Authorization is { } auth && extra?.Name != "Authorization")
            Line($"Authorization: {auth}");
        foreach (var (name, value) in request.Headers)
            Line($"{name}: {value}");
        if (extra is var (extraName, extraValue))
            Line($"{extraName}: {extraValue}");
        if (request.Body is { } body)
        {
            if (request.ContentType is { } type)
                Line($"Content-Type: {type}");
            Line(chunkedGarbage ? "Transfer-Encoding: chunked" : $"Content-Length: {body.Length}");
        }

        Line("Connection: close");
        Line(string.Empty);
        if (chunkedGarbage)
            bytes.AddRange(Encoding.ASCII.GetBytes("zz\r\nnot a chunk\r\n0\r\n\r\n"));
        else if (request.Body is { } content)
            bytes.AddRange(content);
        return request with { Raw = [.. bytes] };
    }
}
