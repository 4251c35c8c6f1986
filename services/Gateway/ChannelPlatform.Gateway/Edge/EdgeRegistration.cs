using System.Globalization;
using System.Threading.RateLimiting;
using ChannelPlatform.Hosting.Auth;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace ChannelPlatform.Gateway.Edge;

/// <summary>Security at the edge: per-caller rate limits (429 + Retry-After), body size (413), CORS, security headers.</summary>
internal static class EdgeRegistration
{
    public const string CorsPolicy = "frontends";

    public static EdgeOptions AddEdge(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection("Gateway").Get<EdgeOptions>() ?? new EdgeOptions();
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .WithOrigins(options.CorsOrigins)
            .AllowAnyHeader()
            .AllowAnyMethod()
            .WithExposedHeaders("ETag", "Location", "Retry-After", "X-Correlation-Id")));
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
                RateLimitPartition.GetFixedWindowLimiter(CallerOf(http), _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = options.PermitsPerMinute,
                    Window = TimeSpan.FromMinutes(1),
                    QueueLimit = 0,
                }));
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? (int)Math.Ceiling(wait.TotalSeconds) : 60;
                var http = context.HttpContext;
                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too many requests",
                        Detail = $"At most {options.PermitsPerMinute} requests a minute per caller; retry after {retryAfter} s.",
                    },
                });
            };
        });
        return options;
    }

    /// <summary>Order: security headers first, then CORS, body size, authentication (to know the caller), rate limit.</summary>
    public static void UseEdge(this WebApplication app, EdgeOptions options)
    {
        app.Use(async (http, next) =>
        {
            // Set as the response starts, so error paths that clear the response keep them too.
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                if (http.Request.Path.StartsWithSegments("/api"))
                    headers.ContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'";
                if (http.Request.IsHttps)
                    headers.StrictTransportSecurity = "max-age=31536000; includeSubDomains";
                return Task.CompletedTask;
            });
            if (http.Request.ContentLength > options.MaxRequestBodyBytes)
            {
                http.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = http,
                    ProblemDetails = new ProblemDetails { Status = 413, Title = "Payload too large", Detail = $"Request bodies are limited to {options.MaxRequestBodyBytes} bytes." },
                });
                return;
            }

            await next(http);
        });
        app.UseCors(CorsPolicy);
    }

    private static string CallerOf(HttpContext http) =>
        http.User.FindFirst(PlatformClaims.Subject)?.Value is { } subject
            ? $"sub:{subject}"
            : $"ip:{http.Connection.RemoteIpAddress}";
}
