using System.Net.Http.Headers;
using ChannelPlatform.Gateway;
using ChannelPlatform.Testing;
using DealRegistration.Api;
using Enablement.Api;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;
using Revenue.Api;
using Webhooks.Api;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// The platform as production runs it: the five services each listening on a real port, all against ONE PostgreSQL
/// database (a schema each) and ONE RabbitMQ virtual host, so integration events flow between them; the gateway in
/// front routes to all of them. Started once for every test class in a collection that uses it.
/// The time-driven background jobs (deal sweep, certification expiry) are off. Every service and the gateway read
/// time from <see cref="Clock"/> (real time from the middle of the current quarter), and so do the tests.
/// </summary>
public sealed class FullPlatformFixture : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _started = [];

    public TestEnvironment.Servers Servers { get; private set; } = null!;

    public MidQuarterClock Clock => MidQuarterClock.Instance;

    public TestTokens Tokens { get; private set; } = null!;

    /// <summary>The one database all four services share (one schema each).</summary>
    public TestDatabase Database { get; private set; } = null!;

    /// <summary>The one virtual host all four services publish to and consume from.</summary>
    public TestVirtualHost Broker { get; private set; } = null!;

    public ServiceApp<PartnersApi> Partner { get; private set; } = null!;

    public ServiceApp<DealRegistrationApi> DealRegistration { get; private set; } = null!;

    public ServiceApp<EnablementApi> Enablement { get; private set; } = null!;

    public ServiceApp<RevenueApi> Revenue { get; private set; } = null!;

    public ServiceApp<WebhooksApi> Webhooks { get; private set; } = null!;

    public Uri PartnerUrl { get; private set; } = null!;

    public Uri WebhooksUrl { get; private set; } = null!;

    public Uri DealRegistrationUrl { get; private set; } = null!;

    public Uri EnablementUrl { get; private set; } = null!;

    /// <summary>Null when the Revenue service is left out of the platform under test: the scorecards then name it unavailable.</summary>
    public Uri? RevenueUrl { get; private set; }

    public bool HasRevenue => RevenueUrl is not null;

    public GatewayApp Gateway { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Servers = await TestEnvironment.GetAsync();
        Tokens = new TestTokens(Servers.SigningKey);
        Database = await TestDatabase.CreateAsync(Servers.PostgresAdmin, "e2efull");
        Broker = await TestVirtualHost.CreateAsync(Servers.Amqp, Servers.RabbitManagement, "e2efull");

        // One after the other: each runs its migrations (its own schema), declares its topology and starts its bus.
        (Partner, PartnerUrl) = Start<PartnersApi>(Settings());
        (DealRegistration, DealRegistrationUrl) = Start<DealRegistrationApi>(Settings(("Sweep:Enabled", "false")));
        (Enablement, EnablementUrl) = Start<EnablementApi>(Settings(("Expiry:Enabled", "false")));
        (Revenue, var revenueUrl) = Start<RevenueApi>(Settings());
        RevenueUrl = revenueUrl;
        // A partner's receiver in these tests listens on loopback over http (as up.sh allows in Development).
        // Real time: a webhook's timestamp is checked by the receiver against its own clock (replay protection).
        (Webhooks, WebhooksUrl) = Start<WebhooksApi>(
            Settings(("Webhooks:AllowHttp", "true"), ("Webhooks:AllowPrivateNetworks", "true"), ("Webhooks:Dispatcher:PollInterval", "00:00:00.200")),
            TimeProvider.System);

        Gateway = StartGateway();
    }

    /// <summary>
    /// A gateway in front of these services (Development, dev tokens on); <paramref name="overrides"/> may
    /// point one service elsewhere (a closed port: the service is down) or tune the scorecards.
    /// </summary>
    public GatewayApp StartGateway(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var gateway = new GatewayApp("Development", GatewaySettings(overrides), Clock);
        _started.Add(gateway);
        _ = gateway.Server;
        return gateway;
    }

    /// <summary>
    /// The same gateway on a real Kestrel port, with Kestrel's own limits: for what only a socket sends (chunked
    /// bodies, raw request lines, odd header bytes). Its <c>CreateClient()</c> talks to that port.
    /// </summary>
    public (GatewayApp App, Uri Url) StartGatewayOnPort(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var gateway = new GatewayApp("Development", GatewaySettings(overrides), Clock);
        _started.Add(gateway);
        gateway.UseKestrel(0);
        gateway.StartServer();
        return (gateway, ListeningAddress(gateway.Services));
    }

    private Dictionary<string, string?> GatewaySettings(IReadOnlyDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = Servers.SigningKey,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["Auth:DevTokens:Enabled"] = "true",
            ["Services:Partner"] = PartnerUrl.ToString(),
            ["Services:DealRegistration"] = DealRegistrationUrl.ToString(),
            ["Services:Enablement"] = EnablementUrl.ToString(),
            ["Services:Revenue"] = RevenueUrl?.ToString() ?? string.Empty,
            ["Services:Webhooks"] = WebhooksUrl.ToString(),
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        return settings;
    }

    /// <summary>
    /// A client of the gateway with a token shaped as its dev-token endpoint makes them, valid on the wall clock and on
    /// the platform's shifted one (the endpoint itself is tested on its own).
    /// </summary>
    public Task<HttpClient> ClientAsync(string role, Guid? partnerId = null, string name = "e2e", GatewayApp? gateway = null)
    {
        var client = (gateway ?? Gateway).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, partnerId, name));
        return Task.FromResult(client);
    }

    public async Task DisposeAsync()
    {
        for (var i = _started.Count - 1; i >= 0; i--)
            await _started[i].DisposeAsync();
        if (Broker is not null)
            await Broker.DisposeAsync();
        if (Database is not null)
            await Database.DisposeAsync();
    }

    private (ServiceApp<T> App, Uri Url) Start<T>(Dictionary<string, string?> settings, TimeProvider? clock = null)
        where T : class
    {
        var app = new ServiceApp<T>(settings, clock ?? Clock);
        _started.Add(app);
        app.UseKestrel(0);
        app.StartServer();
        return (app, ListeningAddress(app.Services));
    }

    /// <summary>As ServiceFixture.Settings(): production configuration but for the shared test database and virtual host.</summary>
    private Dictionary<string, string?> Settings(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Service"] = Database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = Broker.Amqp.ToString(),
            ["Auth:SigningKey"] = Servers.SigningKey,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["Database:MigrateOnStartup"] = "true",
            ["Outbox:PollInterval"] = "00:00:00.500",
        };
        foreach (var (key, value) in extra)
            settings[key] = value;
        return settings;
    }

    private static Uri ListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel listens on no http address: {string.Join(", ", addresses)}");
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "[::]" or "::" or "0.0.0.0" or "localhost")
            uri.Host = "127.0.0.1";
        return new Uri(uri.Uri.GetLeftPart(UriPartial.Authority));
    }
}

[CollectionDefinition(Name)]
public sealed class FullPlatformCollection : ICollectionFixture<FullPlatformFixture>
{
    public const string Name = "full-platform";
}

/// <summary>A platform of its own for the program scorecard, whose numbers count everything in the database.</summary>
[CollectionDefinition(Name)]
public sealed class ProgramScorecardCollection : ICollectionFixture<FullPlatformFixture>
{
    public const string Name = "program-scorecard";
}
