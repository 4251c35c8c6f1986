using System.Net.Http.Headers;
using ChannelPlatform.Gateway;
using ChannelPlatform.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Partners.Api;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// The platform as a frontend meets it: the Partner service listening on a real port (its own
/// database and virtual host) and the gateway in front of it, proxying over real HTTP. Started once
/// for every test class in the collection.
/// </summary>
public sealed class PlatformFixture : IAsyncLifetime
{
    private readonly List<IAsyncDisposable> _started = [];

    public TestEnvironment.Servers Servers { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    public ServiceApp<PartnersApi> Partner { get; private set; } = null!;

    public Uri PartnerUrl { get; private set; } = null!;

    public GatewayApp Gateway { get; private set; } = null!;

    /// <summary>Signs tokens as the gateway's dev-token endpoint does (same key).</summary>
    public TestTokens Tokens { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Servers = await TestEnvironment.GetAsync();
        Database = await TestDatabase.CreateAsync(Servers.PostgresAdmin, "e2e");
        Broker = await TestVirtualHost.CreateAsync(Servers.Amqp, Servers.RabbitManagement, "e2e");
        Tokens = new TestTokens(Servers.SigningKey);

        Partner = new ServiceApp<PartnersApi>(PartnerSettings());
        _started.Add(Partner);
        Partner.UseKestrel(0);
        Partner.StartServer(); // migrations, topology and the bus before the first test
        PartnerUrl = ListeningAddress(Partner.Services);

        Gateway = StartGateway();
    }

    /// <summary>
    /// A gateway in front of this Partner service. Development with dev tokens unless told otherwise;
    /// the other services are left out so nothing routes to whatever else listens on this machine.
    /// </summary>
    public GatewayApp StartGateway(string environment = "Development", IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = Servers.SigningKey,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["Auth:DevTokens:Enabled"] = "true",
            ["Services:Partner"] = PartnerUrl.ToString(),
            ["Services:DealRegistration"] = string.Empty,
            ["Services:Enablement"] = string.Empty,
            ["Services:Revenue"] = string.Empty,
            ["Services:Webhooks"] = string.Empty,
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var gateway = new GatewayApp(environment, settings);
        _started.Add(gateway);
        _ = gateway.Server;
        return gateway;
    }

    /// <summary>An anonymous client of the main gateway.</summary>
    public HttpClient Anonymous() => Gateway.CreateClient();

    /// <summary>A client of the main gateway carrying a token the gateway's own dev-token endpoint issued.</summary>
    public async Task<HttpClient> ClientAsync(string role, Guid? partnerId = null, string name = "e2e")
    {
        var client = Gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await DevTokenAsync(role, partnerId, name));
        return client;
    }

    public async Task<string> DevTokenAsync(string role, Guid? partnerId = null, string name = "e2e")
    {
        using var anonymous = Anonymous();
        var answer = await anonymous.PostJson("/api/v1/auth/dev-token", new { role, partnerId, name });
        answer.Status.ShouldBe(System.Net.HttpStatusCode.OK, answer.ToString());
        return answer.Str("accessToken")!;
    }

    /// <summary>A client straight to the Partner service, bypassing the gateway (to prove where a request landed).</summary>
    public HttpClient PartnerDirect(string role, Guid? partnerId = null)
    {
        var client = new HttpClient { BaseAddress = PartnerUrl };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, partnerId));
        return client;
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

    private Dictionary<string, string?> PartnerSettings() => new()
    {
        // As ServiceFixture.Settings(): production configuration but for its own database and virtual host.
        ["ConnectionStrings:Service"] = Database.ConnectionString,
        ["ConnectionStrings:RabbitMq"] = Broker.Amqp.ToString(),
        ["Auth:SigningKey"] = Servers.SigningKey,
        ["Auth:RequireHttpsMetadata"] = "false",
        ["Database:MigrateOnStartup"] = "true",
        ["Outbox:PollInterval"] = "00:00:00.500",
    };

    private static Uri ListeningAddress(IServiceProvider services)
    {
        var addresses = services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses
            ?? throw new InvalidOperationException("Kestrel reports no addresses.");
        var address = addresses.FirstOrDefault(a => a.StartsWith("http://", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"Kestrel listens on no http address: {string.Join(", ", addresses)}");
        // A wildcard host ([::], 0.0.0.0, +, *) is not an address to call: use the loopback.
        var uri = new UriBuilder(address.Replace("://+", "://localhost", StringComparison.Ordinal).Replace("://*", "://localhost", StringComparison.Ordinal));
        if (uri.Host is "[::]" or "::" or "0.0.0.0" or "localhost")
            uri.Host = "127.0.0.1";
        return new Uri(uri.Uri.GetLeftPart(UriPartial.Authority));
    }
}

[CollectionDefinition(Name)]
public sealed class PlatformCollection : ICollectionFixture<PlatformFixture>
{
    public const string Name = "platform";
}
