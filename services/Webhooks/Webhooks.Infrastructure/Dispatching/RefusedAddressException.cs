namespace Webhooks.Infrastructure.Dispatching;

/// <summary>The endpoint's host resolved only to addresses the outbound policy refuses: nothing was connected to.</summary>
internal sealed class RefusedAddressException(string host) : Exception($"refused: {host} resolves only to non-public addresses")
{
    public string Host { get; } = host;
}
