namespace ChannelPlatform.Gateway.AsyncApi;

/// <summary><c>GET /asyncapi.json</c> (anonymous): the document, generated once at start-up.</summary>
internal static class AsyncApiEndpoint
{
    public static void MapAsyncApi(this IEndpointRouteBuilder app)
    {
        var json = AsyncApiDocument.Build().ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
        app.MapGet("/asyncapi.json", () => Results.Text(json, "application/json"))
            .AllowAnonymous()
            .ExcludeFromDescription();
    }
}
