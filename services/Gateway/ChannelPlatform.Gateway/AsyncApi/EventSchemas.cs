using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ChannelPlatform.Gateway.AsyncApi;

/// <summary>
/// JSON Schema of an integration event record as it is on the wire (camelCase, see ADR 0003): one
/// property per record property, typed and formatted, required unless nullable. Nested records
/// (e.g. <c>DealCustomer</c>) become their own component schemas, referenced.
/// </summary>
internal sealed class EventSchemas
{
    private readonly NullabilityInfoContext _nullability = new();

    public JsonObject Components { get; } = [];

    public static string RefTo(string name) => $"#/components/schemas/{name}";

    /// <summary>Adds the record's schema (and its nested records') to <see cref="Components"/>.</summary>
    public void Add(Type record)
    {
        if (Components.ContainsKey(record.Name))
            return;
        Components[record.Name] = null; // reserve first: a record may refer to itself
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var property in record.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            var info = _nullability.Create(property);
            var nullable = info.ReadState == NullabilityState.Nullable;
            properties[name] = Nullable(SchemaOf(property.PropertyType, info), nullable);
            if (!nullable)
                required.Add(name);
        }

        Components[record.Name] = new JsonObject
        {
            ["type"] = "object",
            ["title"] = record.Name,
            ["required"] = required,
            ["properties"] = properties,
        };
    }

    private JsonObject SchemaOf(Type type, NullabilityInfo info)
    {
        type = System.Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string))
            return Primitive("string");
        if (type == typeof(Guid))
            return Primitive("string", "uuid");
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
            return Primitive("string", "date-time");
        if (type == typeof(DateOnly))
            return Primitive("string", "date");
        if (type == typeof(int) || type == typeof(short))
            return Primitive("integer", "int32");
        if (type == typeof(long))
            return Primitive("integer", "int64");
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
            return Primitive("number");
        if (type == typeof(bool))
            return Primitive("boolean");
        if (typeof(IEnumerable).IsAssignableFrom(type) && ElementOf(type, info) is { } element)
            return new JsonObject { ["type"] = "array", ["items"] = SchemaOf(element.Type, element.Info) };
        if (type.IsClass)
        {
            Add(type);
            return new JsonObject { ["$ref"] = RefTo(type.Name) };
        }

        throw new NotSupportedException($"No JSON Schema mapping for {type} in an integration event.");
    }

    private static (Type Type, NullabilityInfo Info)? ElementOf(Type type, NullabilityInfo info) =>
        type.IsArray ? (type.GetElementType()!, info.ElementType!)
        : type.IsGenericType && type.GetGenericArguments().Length == 1 ? (type.GetGenericArguments()[0], info.GenericTypeArguments[0])
        : null;

    private static JsonObject Primitive(string type, string? format = null) =>
        format is null ? new JsonObject { ["type"] = type } : new JsonObject { ["type"] = type, ["format"] = format };

    /// <summary>Nullable values may be null or left out (MassTransit omits nulls).</summary>
    private static JsonObject Nullable(JsonObject schema, bool nullable)
    {
        if (!nullable)
            return schema;
        if (schema["type"] is JsonValue type)
        {
            schema["type"] = new JsonArray(type.GetValue<string>(), "null");
            return schema;
        }

        return new JsonObject { ["oneOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };
    }
}
