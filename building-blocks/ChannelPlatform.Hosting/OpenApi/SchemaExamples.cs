using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// Builds one deterministic example from a schema: walks <c>$ref</c>s into the document's components,
/// picks a fixed value per type and format, the first enum value, one item per array, and the non-null
/// branch of a nullable. Each component is built once per document; cycles and deep inline nesting stop at a null.
/// </summary>
internal sealed class SchemaExamples(IDictionary<string, IOpenApiSchema>? components)
{
    public const string Id = "0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10";
    private const int MaxDepth = 8;

    private readonly Dictionary<string, JsonNode?> byComponent = new(StringComparer.Ordinal);
    private readonly HashSet<string> building = new(StringComparer.Ordinal);

    public JsonNode? For(IOpenApiSchema? schema) => Build(schema, 0);

    private JsonNode? Build(IOpenApiSchema? schema, int depth)
    {
        if (schema is null || depth > MaxDepth)
            return null;
        if (schema is OpenApiSchemaReference reference)
            return FromComponent(reference.Reference.Id);
        if (schema.Examples?.FirstOrDefault(v => v is not null && v.GetValueKind() != JsonValueKind.Null) is { } given)
            return given.DeepClone();
        if (schema.Enum?.FirstOrDefault(v => v is not null && v.GetValueKind() != JsonValueKind.Null) is { } first)
            return first.DeepClone();
        if (schema.AllOf is { Count: > 0 } parts)
            return Merge(parts.Select(p => Build(p, depth + 1)));
        if ((FirstNonNull(schema.OneOf) ?? FirstNonNull(schema.AnyOf)) is { } option)
            return Build(option, depth + 1);

        var type = (schema.Type ?? default) & ~JsonSchemaType.Null;
        if (type.HasFlag(JsonSchemaType.Object) || (type == default && schema.Properties is { Count: > 0 }))
            return Object(schema, depth);
        if (type.HasFlag(JsonSchemaType.Array) || (type == default && schema.Items is not null))
            return Build(schema.Items, depth + 1) is { } item ? new JsonArray(item) : new JsonArray();
        if (type.HasFlag(JsonSchemaType.String))
            return String(schema);
        if (type.HasFlag(JsonSchemaType.Integer))
            return JsonValue.Create(decimal.ToInt64(Clamp(1m, schema)));
        if (type.HasFlag(JsonSchemaType.Number))
            return JsonValue.Create(Clamp(1250.00m, schema));
        if (type.HasFlag(JsonSchemaType.Boolean))
            return JsonValue.Create(true);
        return null;
    }

    /// <summary>
    /// Built from depth 0 whatever the depth it is met at, so the one example kept per component is whole wherever it
    /// is reused; a component met again while it is being built (a cycle) is null there.
    /// </summary>
    private JsonNode? FromComponent(string? id)
    {
        if (id is null || components is null || !components.TryGetValue(id, out var target))
            return null;
        if (byComponent.TryGetValue(id, out var built))
            return built?.DeepClone();
        if (!building.Add(id))
            return null;
        built = Build(target, 0);
        building.Remove(id);
        byComponent[id] = built;
        return built?.DeepClone();
    }

    private JsonObject Object(IOpenApiSchema schema, int depth)
    {
        var example = new JsonObject();
        foreach (var (name, property) in schema.Properties ?? new Dictionary<string, IOpenApiSchema>())
        {
            if (Build(property, depth + 1) is { } value)
                example[name] = value;
        }

        if (example.Count == 0 && schema.AdditionalProperties is { } values && Build(values, depth + 1) is { } entry)
            example["key"] = entry;
        return example;
    }

    private static JsonNode? Merge(IEnumerable<JsonNode?> parts)
    {
        var examples = parts.Where(p => p is not null).ToList();
        if (examples.Count == 0 || !examples.All(p => p is JsonObject))
            return examples.FirstOrDefault();
        var merged = new JsonObject();
        foreach (var (name, value) in examples.Cast<JsonObject>().SelectMany(o => o))
            merged[name] = value?.DeepClone();
        return merged;
    }

    private static IOpenApiSchema? FirstNonNull(IList<IOpenApiSchema>? options) =>
        options?.FirstOrDefault(o => o is OpenApiSchemaReference || o.Type != JsonSchemaType.Null);

    private static JsonValue String(IOpenApiSchema schema) => JsonValue.Create(schema.Format switch
    {
        "uuid" => Id,
        "date" => "2026-03-31",
        "date-time" => "2026-03-31T12:00:00Z",
        "time" => "12:00:00",
        "email" => "pat.partner@example.com",
        "uri" => "https://partner.example.com/",
        "byte" => "ZXhhbXBsZQ==",
        _ => Fit("example", schema.MinLength, schema.MaxLength),
    });

    private static string Fit(string text, int? minLength, int? maxLength)
    {
        if (minLength is { } min && text.Length < min)
            text = text.PadRight(min, 'x');
        return maxLength is { } max && text.Length > max ? text[..max] : text;
    }

    private static decimal Clamp(decimal value, IOpenApiSchema schema)
    {
        if (Parse(schema.Minimum) is { } min && value < min)
            value = min;
        if (Parse(schema.Maximum) is { } max && value > max)
            value = max;
        return value;
    }

    private static decimal? Parse(string? bound) =>
        decimal.TryParse(bound, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
}
