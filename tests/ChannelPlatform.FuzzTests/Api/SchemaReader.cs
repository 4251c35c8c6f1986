using System.Text.Json.Nodes;

namespace ChannelPlatform.FuzzTests.Api;

/// <summary>Reads a parameter's schema, following <c>$ref</c> into the document's components.</summary>
internal sealed class SchemaReader(JsonObject document)
{
    public Parameter Parameter(JsonObject parameter)
    {
        var schema = Resolve(parameter["schema"] as JsonObject);
        var type = schema?["type"]?.ToString() ?? "string";
        if (schema?["type"] is JsonArray types)
            type = types.Select(t => t?.ToString()).FirstOrDefault(t => t is not null and not "null") ?? "string";
        var format = schema?["format"]?.ToString();
        var values = (schema?["enum"] as JsonArray)?.Select(v => v?.ToString() ?? string.Empty).ToList() ?? [];
        return new Parameter(
            parameter["name"]!.ToString(),
            parameter["in"]!.ToString(),
            parameter["required"]?.GetValue<bool>() ?? false,
            format is null ? type : $"{type}/{format}",
            values);
    }

    private JsonObject? Resolve(JsonObject? schema)
    {
        for (var depth = 0; schema?["$ref"] is JsonValue reference && depth < 8; depth++)
        {
            var name = reference.ToString().Split('/')[^1];
            schema = document["components"]?["schemas"]?[name] as JsonObject;
        }

        // Nullable wrappers: { "oneOf": [ { "$ref": ... }, { "type": "null" } ] } and similar.
        if (schema?["oneOf"] is JsonArray or && or.OfType<JsonObject>().FirstOrDefault(s => s["$ref"] is not null) is { } inner)
            return Resolve(inner);
        return schema;
    }
}
