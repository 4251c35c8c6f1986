namespace ChannelPlatform.Application;

/// <summary>A resource response that carries its version, also sent as the ETag.</summary>
public interface IVersioned
{
    string Version { get; }
}
