using ChannelPlatform.FuzzTests.Api;
using ChannelPlatform.FuzzTests.Platform;

namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>
/// One generated request. <see cref="Field"/> names the body field or query parameter that was mutated (a 400 must
/// name it); <see cref="Raw"/> is set when the request goes as raw bytes over a socket (what HttpClient refuses to send).
/// </summary>
public sealed record FuzzRequest(Operation Operation, string Category, string Mutation, string Target, Caller Caller)
{
    public HttpMethod Method { get; init; } = Operation.Method;

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public byte[]? Body { get; init; }

    /// <summary>The Content-Type header sent with a body; null sends none.</summary>
    public string? ContentType { get; init; } = "application/json";

    /// <summary>Sent with Transfer-Encoding: chunked and no Content-Length.</summary>
    public bool Chunked { get; init; }

    public byte[]? Raw { get; init; }

    public string? Field { get; init; }

    public MustReject MustReject { get; init; }

    /// <summary>A line a developer can paste to see it again (curl through the gateway).</summary>
    public string Reproduce(string gateway)
    {
        var parts = new List<string> { $"curl -i -X {Method.Method} '{gateway.TrimEnd('/')}{Shorten(Target, 300)}'" };
        if (Caller.Authorization is { } auth)
            parts.Add($"-H 'Authorization: {Shorten(auth, 40)}' # {Caller.Name}");
        parts.AddRange(Headers.Select(h => $"-H '{h.Key}: {Printable(h.Value)}'"));
        if (Body is not null)
        {
            if (ContentType is not null)
                parts.Add($"-H 'Content-Type: {ContentType}'");
            if (Chunked)
                parts.Add("-H 'Transfer-Encoding: chunked'");
            parts.Add($"--data-binary '{Shorten(Printable(System.Text.Encoding.UTF8.GetString(Body)), 300)}'");
        }

        var raw = Raw is null ? string.Empty : $"  [raw bytes: {Shorten(Printable(System.Text.Encoding.Latin1.GetString(Raw)), 200)}]";
        return string.Join(' ', parts) + raw;
    }

    private static string Shorten(string text, int max) => text.Length <= max ? text : $"{text[..max]}…({text.Length} chars)";

    private static string Printable(string text) =>
        string.Concat(text.Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
