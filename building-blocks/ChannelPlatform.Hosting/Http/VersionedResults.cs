using System.Reflection;
using ChannelPlatform.Application;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Metadata;

namespace ChannelPlatform.Hosting.Http;

/// <summary>
/// 200 with a versioned resource whose version <see cref="ApiResults.OkVersioned"/> sent as the ETag. As a
/// return type it tells the endpoint's metadata so, and the OpenAPI document declares the header from that.
/// </summary>
public sealed class VersionedOk<T> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<T>
    where T : IVersioned
{
    private readonly Ok<T> inner;

    internal VersionedOk(T value) => inner = TypedResults.Ok(value);

    public T? Value => inner.Value;

    public int? StatusCode => inner.StatusCode;

    public Task ExecuteAsync(HttpContext httpContext) => inner.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ETagResponseMetadata.Add(builder, StatusCodes.Status200OK, typeof(T));
}

/// <summary>201 with a versioned resource and its ETag (see <see cref="VersionedOk{T}"/>).</summary>
public sealed class VersionedCreated<T> : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult<T>
    where T : IVersioned
{
    private readonly Created<T> inner;

    internal VersionedCreated(string location, T value) => inner = TypedResults.Created(location, value);

    public T? Value => inner.Value;

    public int? StatusCode => inner.StatusCode;

    public string? Location => inner.Location;

    public Task ExecuteAsync(HttpContext httpContext) => inner.ExecuteAsync(httpContext);

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        ETagResponseMetadata.Add(builder, StatusCodes.Status201Created, typeof(T));
}
