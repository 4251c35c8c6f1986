using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>
/// A stand-in for one service on a real loopback port: it answers as the test says (healthy, failing,
/// slow) and records every request it was sent, so a test can see what the gateway forwarded and how often. Its
/// health endpoints answer healthy whatever the test says (the gateway probes them on a timer).
/// </summary>
public sealed class StubService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StubService(WebApplication app, Func<HttpContext, Task> respond)
    {
        _app = app;
        Respond = respond;
    }

    public Uri Url { get; private set; } = null!;

    /// <summary>How the stub answers; a test may swap it at any time (a service going down, coming back).</summary>
    public Func<HttpContext, Task> Respond { get; set; }

    public ConcurrentQueue<Received> Requests { get; } = new();

    public int Count(string pathStart) => Requests.Count(r => r.Path.StartsWith(pathStart, StringComparison.Ordinal));

    public static async Task<StubService> StartAsync(Func<HttpContext, Task> respond)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var stub = new StubService(app, respond);
        app.Run(http =>
        {
            // The gateway's active health checks are not requests it forwards: always healthy, never recorded.
            if (http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                return http.Response.WriteAsync("Healthy");
            stub.Requests.Enqueue(new Received(
                http.Request.Path + http.Request.QueryString,
                http.Request.Path,
                http.Request.Headers.Authorization.ToString(),
                http.Request.Headers["traceparent"].ToString(),
                http.Request.Headers["X-Correlation-Id"].ToString()));
            return stub.Respond(http);
        });
        await app.StartAsync();
        stub.Url = new Uri(app.Urls.First());
        return stub;
    }

    /// <summary>200 with this JSON body.</summary>
    public static Func<HttpContext, Task> Json(string body) => http =>
    {
        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(body);
    };

    public static Func<HttpContext, Task> Status(int status) => http =>
    {
        http.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    public sealed record Received(string PathAndQuery, string Path, string Authorization, string TraceParent, string CorrelationId);
}
