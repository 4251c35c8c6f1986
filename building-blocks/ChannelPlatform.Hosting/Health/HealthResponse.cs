using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ChannelPlatform.Hosting.Health;

/// <summary>
/// A JSON health report: overall status and each dependency's. Descriptions (which may name hosts, ports and
/// schemas) and timings go only to an authenticated caller; an anonymous probe gets the statuses alone.
/// </summary>
public static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(report);
        context.Response.ContentType = "application/json";
        var detailed = context.User.Identity?.IsAuthenticated == true;
        object body = detailed
            ? new
            {
                status = report.Status.ToString(),
                totalMs = report.TotalDuration.TotalMilliseconds,
                entries = report.Entries.ToDictionary(
                    e => e.Key,
                    e => (object)new { status = e.Value.Status.ToString(), description = e.Value.Description, ms = e.Value.Duration.TotalMilliseconds }),
            }
            : new
            {
                status = report.Status.ToString(),
                entries = report.Entries.ToDictionary(e => e.Key, e => (object)new { status = e.Value.Status.ToString() }),
            };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
