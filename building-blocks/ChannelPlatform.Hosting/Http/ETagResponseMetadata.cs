using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.Hosting.Http;

/// <summary>Endpoint metadata: the answer with this status carries the resource's version as its ETag.</summary>
public sealed record ETagResponseMetadata(int StatusCode)
{
    internal static void Add(EndpointBuilder builder, int statusCode, Type resource)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Metadata.Add(new ProducesResponseTypeMetadata(statusCode, resource, ["application/json"]));
        builder.Metadata.Add(new ETagResponseMetadata(statusCode));
    }
}
