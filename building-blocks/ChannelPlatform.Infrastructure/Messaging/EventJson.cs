using System.Text.Json;

namespace ChannelPlatform.Infrastructure.Messaging;

/// <summary>
/// MassTransit writes decimals as JSON strings by default; EVENTS.md promises numbers (amounts,
/// percents) to consumers in any language, so its decimal-as-string converter is taken out.
/// </summary>
internal static class EventJson
{
    public static JsonSerializerOptions NumbersAsNumbers(JsonSerializerOptions options)
    {
        for (var i = options.Converters.Count - 1; i >= 0; i--)
        {
            if (options.Converters[i].CanConvert(typeof(decimal)) || options.Converters[i].CanConvert(typeof(decimal?)))
                options.Converters.RemoveAt(i);
        }

        return options;
    }
}
