using System.Text;
using System.Text.Json.Nodes;

namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>The whole body wrong: malformed, empty, the wrong JSON shape, too deep, too big, badly encoded.</summary>
public static class BodyMutations
{
    private const int DeepLevels = 10_000;
    private const int TwoMegabytes = 2 * 1024 * 1024;

    public static FuzzRequest Apply(FuzzRequest baseline, JsonNode body, Random random)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(random);
        var json = body.ToJsonString();
        return random.Next(22) switch
        {
            0 => Text(baseline, "malformed: {", "{"),
            1 => Text(baseline, "malformed: truncated", json[..(json.Length / 2)]),
            2 => Text(baseline, "malformed: not JSON", "not json at all"),
            3 => Text(baseline, "malformed: single quotes", "{'name':'x'}"),
            4 => Text(baseline, "malformed: trailing comma", json.TrimEnd('}') + ",}"),
            5 => Text(baseline, "empty body", string.Empty),
            6 => Text(baseline, "null", "null"),
            7 => Text(baseline, "array where an object is expected", $"[{json}]"),
            8 => Text(baseline, "empty array", "[]"),
            9 => Text(baseline, "a string", "\"text\""),
            10 => Text(baseline, "a number", "42"),
            11 => Text(baseline, "nesting 10 000 levels of arrays", new string('[', DeepLevels) + new string(']', DeepLevels)),
            12 => Text(baseline, "nesting 10 000 levels of objects", DeepObject()),
            13 => Text(baseline, "2 MB body (Content-Length)", Padded(json)),
            14 => Text(baseline, "2 MB body (chunked)", Padded(json)) with { Chunked = true },
            15 => Text(baseline, "10 000 objects at the root", "[" + string.Join(',', Enumerable.Repeat("{}", 10_000)) + "]"),
            16 => Bytes(baseline, "byte order mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(json)]),
            17 => Bytes(baseline, "invalid UTF-8 bytes", [.. Encoding.UTF8.GetBytes("{\"name\":\"a"), 0xC3, 0x28, 0xFF, .. "\"}"u8]),
            18 => Bytes(baseline, "UTF-16 body", Encoding.Unicode.GetBytes(json)) with { ContentType = "application/json; charset=utf-16" },
            19 => Text(baseline, "number past any type", "{\"n\":1e999999}"),
            20 => Text(baseline, "comments in JSON", "/* fuzz */" + json),
            _ => Text(baseline, "duplicate keys", json.TrimEnd('}') + (json.Length > 2 ? "," : string.Empty) + json.TrimStart('{')),
        };
    }

    private static string Padded(string json) =>
        "{\"padding\":\"" + new string('x', TwoMegabytes) + "\"" + (json.Length > 2 ? "," + json.TrimStart('{') : "}");

    private static string DeepObject() => string.Concat(Enumerable.Repeat("{\"a\":", DeepLevels)) + "1" + new string('}', DeepLevels);

    private static FuzzRequest Bytes(FuzzRequest baseline, string mutation, byte[] body) =>
        baseline with { Category = "body", Mutation = mutation, Body = body, Field = "*" };

    private static FuzzRequest Text(FuzzRequest baseline, string mutation, string text) =>
        baseline with { Category = "body", Mutation = mutation, Body = Encoding.UTF8.GetBytes(text), Field = "*" };
}
