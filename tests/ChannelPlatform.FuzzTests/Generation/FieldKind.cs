using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>What a field holds, read from the documented example's value (the schemas give the same answer, less simply).</summary>
public enum FieldKind { Text, Date, DateTime, Uuid, Number, Boolean, Array, Object, Unknown }

public static partial class FieldKinds
{
    public static FieldKind Of(JsonNode? value) => value switch
    {
        null => FieldKind.Unknown,
        JsonArray => FieldKind.Array,
        JsonObject => FieldKind.Object,
        JsonValue v when v.GetValueKind() is JsonValueKind.Number => FieldKind.Number,
        JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => FieldKind.Boolean,
        JsonValue v when v.GetValueKind() is JsonValueKind.String => OfText(v.GetValue<string>()),
        _ => FieldKind.Unknown,
    };

    /// <summary>A query parameter's kind from its schema's type/format (see <see cref="Api.Parameter.Format"/>).</summary>
    public static FieldKind OfFormat(string format) => format switch
    {
        "string/date" => FieldKind.Date,
        "string/date-time" => FieldKind.DateTime,
        "string/uuid" => FieldKind.Uuid,
        "boolean" => FieldKind.Boolean,
        _ when format.StartsWith("integer", StringComparison.Ordinal) || format.StartsWith("number", StringComparison.Ordinal) => FieldKind.Number,
        _ => FieldKind.Text,
    };

    private static FieldKind OfText(string text) =>
        DateOnlyText().IsMatch(text) ? FieldKind.Date
        : DateTimeText().IsMatch(text) ? FieldKind.DateTime
        : Guid.TryParse(text, out _) ? FieldKind.Uuid
        : FieldKind.Text;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateOnlyText();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T")]
    private static partial Regex DateTimeText();
}
