using System.Text.Json;
using System.Text.Json.Nodes;

namespace Webhooks.Application.Events;

/// <summary>
/// A deliverable event: its webhook type, the one partner it concerns, and the body partners receive,
/// <c>{ type, timestamp, data }</c> with data = the integration event's public fields (camelCase).
/// </summary>
public sealed record WebhookEvent(string Type, Guid PartnerId, Guid SourceEventId, DateTimeOffset OccurredAt, JsonObject Data)
{
    public string ToPayload() =>
        new JsonObject
        {
            ["type"] = Type,
            ["timestamp"] = OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["data"] = Data.DeepClone(),
        }.ToJsonString(JsonSerializerOptions.Web);
}
