namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>
/// Odd headers: <c>Accept</c> (also laid over other mutations, since a non-JSON Accept only shows on an error),
/// <c>Content-Type</c>, <c>If-Match</c>, <c>Idempotency-Key</c> and <c>X-Correlation-Id</c>. Values with bytes HttpClient
/// will not send (control characters, non-ASCII) go out as raw bytes (<see cref="RawRequests"/>).
/// </summary>
public static class HeaderMutations
{
    public static readonly string?[] Accepts =
    [
        "application/xml", "text/html", "text/plain", "*/*", null, "application/json;q=0",
        "text/html,application/xhtml+xml,application/xml;q=0.9", "image/png", "garbage",
    ];

    private static readonly string?[] ContentTypes =
    [
        "application/json; charset=nonsense", "text/plain", "application/xml", null, "application/json; charset=utf-16",
        "application/x-www-form-urlencoded", "multipart/form-data; boundary=fuzz", "application/json; charset=latin1",
        "application/merge-patch+json", "application/json;;;", "garbage",
    ];

    private static readonly string[] IfMatches = ["garbage", "\"\"", "W/\"fuzz\"", "*", new string('a', 1_000), "\"0\"", "\"1\", \"2\""];

    private static readonly string[] IdempotencyKeys = ["", new string('k', 201), new string('k', 200), "key with spaces", "\u0007bell", "ключ"];

    private static readonly string[] CorrelationIds = [new string('c', 5_000), "<script>", "\u0000", "ü"];

    public static FuzzRequest Accept(FuzzRequest request, Random random)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(random);
        var accept = Accepts[random.Next(Accepts.Length)];
        return request with
        {
            Mutation = $"{request.Mutation}; Accept: {accept ?? "(none)"}",
            Headers = With(request.Headers, "Accept", accept),
        };
    }

    public static FuzzRequest Apply(FuzzRequest baseline, Random random)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(random);
        var roll = random.Next(baseline.Body is null ? 3 : 4);
        var (name, value) = roll switch
        {
            0 => ("If-Match", IfMatches[random.Next(IfMatches.Length)]),
            1 => ("Idempotency-Key", IdempotencyKeys[random.Next(IdempotencyKeys.Length)]),
            2 => ("X-Correlation-Id", CorrelationIds[random.Next(CorrelationIds.Length)]),
            _ => ("Content-Type", ContentTypes[random.Next(ContentTypes.Length)]),
        };
        var request = name == "Content-Type"
            ? baseline with { ContentType = value }
            : baseline with { Headers = With(baseline.Headers, name, value) };
        return request with { Category = $"header {name}", Mutation = $"{name}: {Shown(value)}" };
    }

    private static IReadOnlyDictionary<string, string> With(IReadOnlyDictionary<string, string> headers, string name, string? value)
    {
        var copy = new Dictionary<string, string>(headers.Where(h => h.Key != name));
        if (value is not null)
            copy[name] = value;
        return copy;
    }

    private static string Shown(string? value) => value switch
    {
        null => "(none)",
        { Length: > 40 } => $"{value.Length} chars",
        _ => string.Concat(value.Select(c => char.IsControl(c) ? $"\\u{(int)c:x4}" : c.ToString())),
    };
}
