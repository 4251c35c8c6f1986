using ChannelPlatform.EndToEndTests;
using ChannelPlatform.FuzzTests.Api;

namespace ChannelPlatform.FuzzTests.Platform;

/// <summary>
/// The whole platform of the end-to-end suite (<see cref="FullPlatformFixture"/>), plus a gateway on a real Kestrel
/// port in front of it: every request of this project goes through that gateway, over a socket, as production's do.
/// Its rate limit is lifted so that the run reaches the handlers (the limiter has tests of its own).
/// </summary>
public sealed class FuzzPlatform : IAsyncLifetime
{
    public FullPlatformFixture Platform { get; } = new();

    public GatewayApp Gateway { get; private set; } = null!;

    public Uri GatewayUrl { get; private set; } = null!;

    /// <summary>A keep-alive client of the gateway: no proxy, no redirects, no cookies, no timeout of its own.</summary>
    public HttpClient Http { get; private set; } = null!;

    public IReadOnlyList<Operation> Operations { get; private set; } = [];

    public World World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Platform.InitializeAsync();
        (Gateway, GatewayUrl) = Platform.StartGatewayOnPort(new Dictionary<string, string?> { ["Gateway:PermitsPerMinute"] = "10000000" });
        Http = new HttpClient(new SocketsHttpHandler
        {
            UseProxy = false,
            AllowAutoRedirect = false,
            UseCookies = false,
            MaxConnectionsPerServer = 32,
        })
        {
            BaseAddress = GatewayUrl,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        Operations = await OperationCatalog.ReadAsync(Http);
        World = await World.CreateAsync(this);
    }

    /// <summary>Where a request goes: the gateway, or for the operations it does not route, the service's own port.</summary>
    public Uri BaseFor(Operation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Routed)
            return GatewayUrl;
        return operation.Document switch
        {
            "partner" => Platform.PartnerUrl,
            "dealregistration" => Platform.DealRegistrationUrl,
            "enablement" => Platform.EnablementUrl,
            "revenue" => Platform.RevenueUrl!,
            "webhooks" => Platform.WebhooksUrl,
            var other => throw new InvalidOperationException($"No service behind the document '{other}'."),
        };
    }

    public async Task DisposeAsync()
    {
        Http?.Dispose();
        await Platform.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class FuzzCollection : ICollectionFixture<FuzzPlatform>
{
    public const string Name = "fuzz";
}
