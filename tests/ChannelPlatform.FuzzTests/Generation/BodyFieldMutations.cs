using System.Text;
using System.Text.Json.Nodes;

namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>One field of the baseline body changed: another JSON type, null, missing, or a bad value of its kind.</summary>
public static class BodyFieldMutations
{
    private const string Placeholder = "__fuzz_value__";

    public static FuzzRequest Apply(FuzzRequest baseline, JsonNode body, Random random)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(random);
        var fields = JsonFields.Of(body);
        if (fields.Count == 0)
            return BodyMutations.Apply(baseline, body, random);
        var field = fields[random.Next(fields.Count)];
        var roll = random.Next(100);
        if (roll < 10)
            return Changed(baseline, field, "missing", JsonFields.With(body, field, null, remove: true).ToJsonString(), MustReject.Nothing);
        var value = roll < 35 ? Pick(BadValues.Universal, random) : PickForKind(field, random);
        var text = JsonFields.With(body, field, JsonValue.Create(Placeholder)).ToJsonString()
            .Replace($"\"{Placeholder}\"", value.Json, StringComparison.Ordinal);
        return Changed(baseline, field, value.Label, text, Applies(value.Reject, field.Kind));
    }

    private static BadValue PickForKind(JsonFields.Field field, Random random) => field.Kind switch
    {
        FieldKind.Array => Pick(ArrayValues(field.Value as JsonArray), random),
        FieldKind.Object => Pick(BadValues.Universal, random),
        FieldKind.Boolean => Pick([BadValue.Text("yes", "yes"), new BadValue("1", "1"), BadValue.Text("true as text", "true")], random),
        var kind => Pick(BadValues.For(kind), random),
    };

    /// <summary>Empty, a null item, and 10 000 items (of <c>{}</c> for objects, so the body stays under the size limit).</summary>
    private static IReadOnlyList<BadValue> ArrayValues(JsonArray? example)
    {
        var item = example?.FirstOrDefault() is JsonObject ? "{}" : example?.FirstOrDefault()?.ToJsonString() ?? "\"x\"";
        return
        [
            new("empty array", "[]"),
            new("array of null", "[null]"),
            new("nested arrays", "[[[]]]"),
            new("10 000 items", "[" + string.Join(',', Enumerable.Repeat(item, 10_000)) + "]"),
        ];
    }

    /// <summary>A rule of the contract binds a value only where the field is of the kind the value is aimed at.</summary>
    private static MustReject Applies(MustReject reject, FieldKind kind) => reject switch
    {
        MustReject.ExtremeNumber when kind != FieldKind.Number => MustReject.Nothing,
        MustReject.DateOutOfRange when kind is not (FieldKind.Date or FieldKind.DateTime) => MustReject.Nothing,
        _ => reject,
    };

    private static FuzzRequest Changed(FuzzRequest baseline, JsonFields.Field field, string label, string json, MustReject reject) =>
        baseline with
        {
            Category = "body field",
            Mutation = $"{field.Name} = {label}",
            Body = Encoding.UTF8.GetBytes(json),
            Field = field.Name,
            MustReject = reject,
        };

    private static BadValue Pick(IReadOnlyList<BadValue> values, Random random) => values[random.Next(values.Count)];
}
