using ChannelPlatform.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChannelPlatform.Hosting.Http;

/// <summary>Responses that carry the resource version as an ETag.</summary>
public interface IVersioned
{
    string Version { get; }
}

public static class ApiResults
{
    public static Ok<T> OkVersioned<T>(HttpContext http, T resource)
        where T : IVersioned
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ETag = $"\"{resource.Version}\"";
        return TypedResults.Ok(resource);
    }

    public static Created<T> CreatedVersioned<T>(HttpContext http, string location, T resource)
        where T : IVersioned
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ETag = $"\"{resource.Version}\"";
        return TypedResults.Created(location, resource);
    }

    public static string Tag(int version) => VersionTag.Format(version);
}
