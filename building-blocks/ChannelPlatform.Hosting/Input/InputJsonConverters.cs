using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ChannelPlatform.Application;

namespace ChannelPlatform.Hosting.Input;

/// <summary>
/// The input rules of <see cref="InputLimits"/> for every request body, at the point where JSON becomes values: a
/// violation is an <see cref="InputRuleException"/>, which the error handler answers as a 400 naming the field (its path).
/// Writing is unchanged.
/// </summary>
public static class InputJsonConverters
{
    public static void AddTo(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Converters.Add(new TextConverter());
        options.Converters.Add(new DateConverter());
        options.Converters.Add(new InstantConverter());
        options.Converters.Add(new AmountConverter());
    }

    private sealed class TextConverter : JsonConverter<string>
    {
        public override bool HandleNull => false;

        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.String)
                throw new InputRuleException("must be a text value");
            var text = reader.GetString()!;
            return InputLimits.TextViolation(text) is { } violation ? throw new InputRuleException(violation) : text;
        }

        public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class DateConverter : JsonConverter<DateOnly>
    {
        public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String
                && DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                && InputLimits.InRange(date))
                return date;
            throw new InputRuleException(InputLimits.DateRule);
        }

        public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>Any offset is accepted and stored as UTC.</summary>
    private sealed class InstantConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var instant) && InputLimits.InRange(instant))
                return instant.ToUniversalTime();
            throw new InputRuleException(InputLimits.InstantRule);
        }

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) => writer.WriteStringValue(value);
    }

    private sealed class AmountConverter : JsonConverter<decimal>
    {
        public override decimal Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.Number && reader.TryGetDecimal(out var value) && Math.Abs(value) <= InputLimits.MaxAmount)
                return value;
            throw new InputRuleException(InputLimits.AmountRule);
        }

        public override void Write(Utf8JsonWriter writer, decimal value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
    }
}
