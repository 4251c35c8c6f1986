using System.Diagnostics;

namespace ChannelPlatform.Infrastructure;

/// <summary>Scoped: set by the HTTP middleware or the consumer; falls back to the current trace id.</summary>
public sealed class CorrelationContext : ICorrelationContext
{
    private string? _correlationId;

    public string CorrelationId
    {
        get => _correlationId ?? Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N");
        set => _correlationId = value;
    }
}
