using Yarp.ReverseProxy;

namespace ChannelPlatform.Gateway.Scorecards;

/// <summary>
/// Sends each scorecard attempt to a replica the proxy currently holds healthy (round robin), so a retry after a
/// failed attempt may land on another replica; with one address it changes nothing.
/// </summary>
internal sealed class ReplicaHandler(string service, IProxyStateLookup proxy) : DelegatingHandler
{
    private int _next;

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri is { } uri && proxy.TryGetCluster(service, out var cluster))
        {
            var available = cluster.DestinationsState.AvailableDestinations;
            if (available.Count > 1)
            {
                var destination = available[(int)((uint)Interlocked.Increment(ref _next) % (uint)available.Count)];
                var target = new Uri(destination.Model.Config.Address);
                request.RequestUri = new UriBuilder(uri) { Scheme = target.Scheme, Host = target.Host, Port = target.Port }.Uri;
            }
        }

        return base.SendAsync(request, cancellationToken);
    }
}
