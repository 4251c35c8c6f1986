namespace ChannelPlatform.Gateway.Edge;

/// <summary>Section <c>Gateway</c>: what the edge allows before a request reaches a service.</summary>
public sealed class EdgeOptions
{
    /// <summary>Requests per caller (token subject, else client IP) per minute.</summary>
    public int PermitsPerMinute { get; set; } = 1200;

    public long MaxRequestBodyBytes { get; set; } = 1_048_576;

    /// <summary>Frontend origins allowed by CORS.</summary>
    public string[] CorsOrigins { get; set; } = [];
}
