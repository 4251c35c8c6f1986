namespace ChannelPlatform.Infrastructure;

/// <summary>The correlation id of the work in progress: the request's, or the consumed message's.</summary>
public interface ICorrelationContext
{
    string CorrelationId { get; }
}
