using System.Text.Json.Nodes;

namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>Every field of an example body, nested ones and array items included, as paths to mutate.</summary>
public static class JsonFields
{
    /// <summary>A field: its path as a ValidationProblemDetails would name it (<c>customer.country</c>, <c>products[0]</c>).</summary>
    public sealed record Field(IReadOnlyList<object> Path, JsonNode? Value)
    {
        public string Name => string.Concat(Path.Select((p, i) => p is int index ? $"[{index}]" : i == 0 ? (string)p : $".{p}"));

        public FieldKind Kind => FieldKinds.Of(Value);
    }

    public static IReadOnlyList<Field> Of(JsonNode? body)
    {
        var fields = new List<Field>();
        Walk(body, [], fields, depth: 0);
        return fields;
    }

    /// <summary>A copy of <paramref name="body"/> with the field set to <paramref name="value"/>, or removed when it is null.</summary>
    public static JsonNode With(JsonNode body, Field field, JsonNode? value, bool remove = false)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(field);
        var copy = body.DeepClone();
        var parent = field.Path.SkipLast(1).Aggregate((JsonNode?)copy, (node, step) => step is int i ? node?[i] : node?[(string)step]);
        switch (parent, field.Path[^1])
        {
            case (JsonObject o, string name) when remove:
                o.Remove(name);
                break;
            case (JsonObject o, string name):
                o[name] = value;
                break;
            case (JsonArray a, int index) when remove:
                a.RemoveAt(index);
                break;
            case (JsonArray a, int index):
                a[index] = value;
                break;
        }

        return copy;
    }

    private static void Walk(JsonNode? node, List<object> path, List<Field> fields, int depth)
    {
        if (depth > 4)
            return;
        if (path.Count > 0)
            fields.Add(new Field([.. path], node));
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, child) in o)
                    Walk(child, [.. path, name], fields, depth + 1);
                break;
            case JsonArray { Count: > 0 } a:
                Walk(a[0], [.. path, 0], fields, depth + 1);
                break;
        }
    }
}
