using System.Text;

namespace ChannelPlatform.FuzzTests.Generation;

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
        var target = Encoding.ASCII.GetBytes(baseline.Target);
        var (mutation, request) = random.Next(baseline.Body is null ? 10 : 11) switch
        {
            0 => ("%00 in the path", With(baseline, target: Encoding.ASCII.GetBytes(PathOf(baseline) + "/%00"))),
            1 => ("NUL byte in the request line", With(baseline, target: [.. target, 0x00, (byte)'x'])),
            2 => ("bytes 0xFF 0xFE in the path", With(baseline, target: [.. target, 0xFF, 0xFE])),
            3 => ("space inside the target", With(baseline, target: [.. target, (byte)' ', (byte)'x'])),
            4 => ("non-ASCII header value", With(baseline, extra: ("X-Fuzz", "Grüße 🚀"))),
            5 => ("non-ASCII in Authorization", With(baseline, extra: ("Authorization", "Bearer ümlaut"))),
            6 => ("control character in a header value", With(baseline, extra: ("X-Fuzz", "a\u0007b\u001b"))),
            7 => ("request line over 8 KB", With(baseline, target: Encoding.ASCII.GetBytes(PathOf(baseline) + "?q=" + new string('a', 9_000)))),
            8 => ("headers over 32 KB", With(baseline, extra: ("X-Fuzz", new string('h', 33_000)))),
            9 => ("no Host header", With(baseline, host: false)),
            _ => ("broken chunked body", With(baseline, chunkedGarbage: true)),
        };
        return request with { Category = "raw request", Mutation = mutation };
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
