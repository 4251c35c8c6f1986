using System.Text.Json.Serialization;
using ChannelPlatform.Gateway;
using ChannelPlatform.Gateway.ApiDocs;
using ChannelPlatform.Gateway.AsyncApi;
using ChannelPlatform.Gateway.DevTokens;
using ChannelPlatform.Gateway.Edge;
using ChannelPlatform.Gateway.Health;
using ChannelPlatform.Gateway.Scorecards;
using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Errors;
using ChannelPlatform.Hosting.Health;
using ChannelPlatform.Hosting.Input;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

var builder = WebApplication.CreateBuilder(args);

builder.Services.ConfigureHttpJsonOptions(o =>
{
    o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    InputJsonConverters.AddTo(o.SerializerOptions);
});
builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
builder.Services.AddPlatformErrors();
builder.Services.AddPlatformAuth(builder.Configuration, builder.Environment);
builder.Services.AddAuthorizationBuilder().AddPolicy(Routing.AuthenticatedPolicy, p => p.RequireAuthenticatedUser());
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<DevTokenIssuer>();
builder.Services.AddHttpClient("health", c => c.Timeout = TimeSpan.FromSeconds(3));
builder.Services.AddScorecards(builder.Configuration);
builder.Services.AddGatewayOpenApi();

var edge = builder.AddEdge();
var (routes, clusters) = Routing.Build(builder.Configuration);
builder.Services.AddReverseProxy().LoadFromMemory(routes, clusters);
var health = builder.Services.AddHealthChecks();
foreach (var cluster in clusters)
{
    var addresses = cluster.Destinations!.Values.Select(d => d.Address).ToList();
    health.Add(new Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration(
        cluster.ClusterId,
        sp => new DownstreamHealthCheck(sp.GetRequiredService<IHttpClientFactory>(), cluster.ClusterId, addresses),
        failureStatus: Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded,
        tags: ["ready"]));
}

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<RequestInputMiddleware>();
app.UseEdge(edge);
app.UseApiDocs(clusters.Select(c => c.ClusterId));
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();
if (DevTokenEndpoint.IsEnabled(app.Environment, app.Configuration))
    app.MapDevTokens();
app.MapGatewayOpenApi();
app.MapAsyncApi();
app.MapScorecards();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponse.WriteAsync }).AllowAnonymous();
app.MapReverseProxy(proxy => proxy.UseMiddleware<DownstreamUnavailable>());

await app.RunAsync();

