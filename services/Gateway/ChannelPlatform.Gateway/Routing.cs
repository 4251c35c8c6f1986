using Yarp.ReverseProxy.Configuration;

namespace ChannelPlatform.Gateway;

/// <summary>The public route table (CONTRACT.md "Gateway"): which path prefixes go to which service.</summary>
internal static class Routing
{
    public static readonly IReadOnlyDictionary<string, string[]> PrefixesByService = new Dictionary<string, string[]>
    {
        ["Partner"] = ["/api/v1/partners", "/api/v1/tiers", "/api/v1/escalations"],
        ["DealRegistration"] = ["/api/v1/deals", "/api/v1/campaigns", "/api/v1/leads"],
        ["Enablement"] = ["/api/v1/enablement"],
        ["Revenue"] = ["/api/v1/revenue"],
        ["Webhooks"] = ["/api/v1/webhooks"],
    };

    public const string AuthenticatedPolicy = "gateway-authenticated";

    /// <summary>
    /// A replica that fails its readiness probe twice in a row (probed every 2 s), or fails requests at the transport,
    /// leaves the rotation until it answers again.
    /// </summary>
    private static readonly HealthCheckConfig ReplicaHealth = new()
    {
        Active = new ActiveHealthCheckConfig
        {
            Enabled = true, Interval = TimeSpan.FromSeconds(2), Timeout = TimeSpan.FromSeconds(2), Policy = "ConsecutiveFailures", Path = "/health/ready",
        },
        Passive = new PassiveHealthCheckConfig { Enabled = true, Policy = "TransportFailureRate", ReactivationPeriod = TimeSpan.FromSeconds(5) },
        AvailableDestinationsPolicy = "HealthyOrPanic",
    };

    /// <summary>Where the gateway serves a service's OpenAPI document (proxied from its <c>/swagger/v1/swagger.json</c>).</summary>
    public static string OpenApiPath(string service) => $"/swagger/{service.ToLowerInvariant()}/swagger.json";

    public static (IReadOnlyList<RouteConfig> Routes, IReadOnlyList<ClusterConfig> Clusters) Build(IConfiguration configuration)
    {
        var routes = new List<RouteConfig>();
        var clusters = new List<ClusterConfig>();
        foreach (var (service, prefixes) in PrefixesByService)
        {
            var addresses = ServiceAddresses.Of(configuration, service);
            if (addresses.Count == 0)
                continue;
            clusters.Add(new ClusterConfig
            {
                ClusterId = service,
                Destinations = addresses.Select((a, i) => (Id: $"replica-{i}", Address: a))
                    .ToDictionary(d => d.Id, d => new DestinationConfig { Address = d.Address }),
                HttpRequest = new Yarp.ReverseProxy.Forwarder.ForwarderRequestConfig { ActivityTimeout = TimeSpan.FromSeconds(30) },
                HealthCheck = ReplicaHealth,
            });
            routes.AddRange(prefixes.Select((prefix, i) => new RouteConfig
            {
                RouteId = $"{service}-{i}",
                ClusterId = service,
                AuthorizationPolicy = AuthenticatedPolicy,
                Match = new RouteMatch { Path = prefix + "/{**rest}" },
            }));
            routes.Add(new RouteConfig
            {
                RouteId = $"{service}-openapi",
                ClusterId = service,
                AuthorizationPolicy = "anonymous",
                Match = new RouteMatch { Path = OpenApiPath(service), Methods = ["GET"] },
                Transforms = [new Dictionary<string, string> { ["PathSet"] = "/swagger/v1/swagger.json" }],
            });
        }

        return (routes, clusters);
    }
}
