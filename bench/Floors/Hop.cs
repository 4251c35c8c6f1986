using Yarp.ReverseProxy.Configuration;

namespace Bench.Floors;

/// <summary>YARP with one catch-all route to one destination, nothing else in the pipeline: the cost of one hop.</summary>
internal static class Hop
{
    public static async Task<int> RunAsync(string url, string target)
    {
        var builder = WebApplication.CreateBuilder();
        Noop.Quiet(builder);
        var route = new RouteConfig { RouteId = "all", ClusterId = "target", Match = new RouteMatch { Path = "/{**rest}" } };
        var cluster = new ClusterConfig
        {
            ClusterId = "target",
            Destinations = new Dictionary<string, DestinationConfig> { ["only"] = new() { Address = target } },
        };
        builder.Services.AddReverseProxy().LoadFromMemory([route], [cluster]);
        var app = builder.Build();
        app.MapReverseProxy();
        await app.RunAsync(url);
        return 0;
    }
}
