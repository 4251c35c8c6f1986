using System.Text;
using System.Text.Json.Nodes;
using ChannelPlatform.FuzzTests.Api;

namespace ChannelPlatform.FuzzTests.Platform;

/// <summary>The valid-ish request of an operation: its documented example with contract-valid values and real ids.</summary>
public static class Baselines
{
    private static int _serial;

    public static JsonNode? Body(Operation operation, RealIds ids)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Body is null)
            return null;
        var serial = Interlocked.Increment(ref _serial);
        return Rewrite(operation.Name, operation.Body.DeepClone(), ids, serial);
    }

    public static byte[] Bytes(JsonNode? body) => body is null ? [] : Encoding.UTF8.GetBytes(body.ToJsonString());

    private static JsonNode? Rewrite(string operation, JsonNode? node, RealIds ids, int serial)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var name in o.Select(p => p.Key).ToList())
                {
                    var value = o[name];
                    o[name] = value is JsonObject || (value is JsonArray a && a.FirstOrDefault() is JsonObject)
                        ? Rewrite(operation, value?.DeepClone(), ids, serial)
                        : ValidValues.For(operation, name, value, ids, serial);
                }

                return o;
            case JsonArray a:
                return new JsonArray(a.Select(item => Rewrite(operation, item?.DeepClone(), ids, serial)).ToArray());
            default:
                return node;
        }
    }
}
