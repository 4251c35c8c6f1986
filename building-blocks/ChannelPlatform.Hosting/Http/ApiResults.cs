using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ChannelPlatform.Hosting.Http;

public static class ApiResults
{
    public static VersionedOk<T> OkVersioned<T>(HttpContext http, T resource)
        where T : IVersioned
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ETag = $"\"{resource.Version}\"";
        return new VersionedOk<T>(resource);
    }

    public static VersionedCreated<T> CreatedVersioned<T>(HttpContext http, string location, T resource)
        where T : IVersioned
    {
        ArgumentNullException.ThrowIfNull(http);
        http.Response.Headers.ETag = $"\"{resource.Version}\"";
        return new VersionedCreated<T>(location, resource);
    }

    public static string Tag(int version) => VersionTag.Format(version);
}

public static class OpenApiMetadata
{
    /// <summary>Documents the ProblemDetails answers every endpoint can give (400, 401, 403) plus the listed ones.</summary>
    public static RouteHandlerBuilder ProducesStandardErrors(this RouteHandlerBuilder builder, params int[] statusCodes)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.ProducesValidationProblem();
        builder.ProducesProblem(StatusCodes.Status401Unauthorized);
        builder.ProducesProblem(StatusCodes.Status403Forbidden);
        foreach (var status in statusCodes ?? [])
            builder.ProducesProblem(status);
        return builder;
    }
}
