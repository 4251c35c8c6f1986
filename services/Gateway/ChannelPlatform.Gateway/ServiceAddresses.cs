namespace ChannelPlatform.Gateway;

/// <summary>
/// <c>Services:&lt;name&gt;</c>: one address (a Kubernetes Service balances for itself) or several replicas' addresses
/// separated by commas (<c>deploy/local/up.sh --replicas N</c>), which the gateway balances across.
/// </summary>
internal static class ServiceAddresses
{
    public static IReadOnlyList<string> Of(IConfiguration configuration, string service) =>
        (configuration[$"Services:{service}"] ?? string.Empty)
            .Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
