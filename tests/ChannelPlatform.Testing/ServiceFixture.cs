using System.Net.Http.Headers;
using ChannelPlatform.Hosting.Auth;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace ChannelPlatform.Testing;

/// <summary>
/// One service per test class: its own database and virtual host, started once, with clients
/// carrying real JWTs for each role.
/// </summary>
public abstract class ServiceFixture<TEntryPoint> : IAsyncLifetime
    where TEntryPoint : class
{
    private readonly List<ServiceApp<TEntryPoint>> _apps = [];

    protected abstract string Prefix { get; }

    public TestDatabase Database { get; private set; } = null!;

    public TestVirtualHost Broker { get; private set; } = null!;

    public TestEnvironment.Servers Servers { get; private set; } = null!;

    public ServiceApp<TEntryPoint> App { get; private set; } = null!;

    public TestTokens Tokens { get; private set; } = null!;

    /// <summary>Set before start-up to run the service on a clock the test moves.</summary>
    protected virtual FakeTimeProvider? Clock => null;

    public virtual async Task InitializeAsync()
    {
        Servers = await TestEnvironment.GetAsync();
        Database = await TestDatabase.CreateAsync(Servers.PostgresAdmin, Prefix);
        Broker = await TestVirtualHost.CreateAsync(Servers.Amqp, Servers.RabbitManagement, Prefix);
        Tokens = new TestTokens(Servers.SigningKey);
        App = StartApp();
        _ = App.Server; // start now: migrations, topology and the bus before the first test
    }

    /// <summary>Another instance of the service on the same database and broker (a restart, or a second replica).</summary>
    public ServiceApp<TEntryPoint> StartApp(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(Settings());
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            settings[key] = value;
        var app = new ServiceApp<TEntryPoint>(settings, Clock);
        _apps.Add(app);
        return app;
    }

    /// <summary>Whether any instance of this fixture logged a line containing <paramref name="fragment"/>.</summary>
    public bool Logged(string fragment) => _apps.Any(a => a.Logs.Contains(fragment));

    /// <summary>The settings an instance gets (for a <see cref="ServiceProcess"/>), with overrides.</summary>
    public IReadOnlyDictionary<string, string?> SettingsWith(IReadOnlyDictionary<string, string?> overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        var settings = new Dictionary<string, string?>(Settings());
        foreach (var (key, value) in overrides)
            settings[key] = value;
        return settings;
    }

    public HttpClient Client(string role, Guid? partnerId = null, ServiceApp<TEntryPoint>? app = null)
    {
        var client = (app ?? App).CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, partnerId));
        return client;
    }

    /// <summary>A client whose token carries these scopes in its <c>scope</c> claim (an Integration with write rights).</summary>
    public HttpClient ScopedClient(string role, params string[] scopes)
    {
        var client = App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, scopes: scopes));
        return client;
    }

    public HttpClient Anonymous() => App.CreateClient();

    /// <summary>The service's schema (its inbox and outbox live there); the prefix unless told.</summary>
    protected virtual string Schema => Prefix;

    /// <summary>True once the service's inbox has applied the message (the inbox row commits with the effect).</summary>
    public async Task<bool> ConsumedAsync(Guid messageId) =>
        await Database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.inbox_messages WHERE message_id = @p0", messageId) > 0;

    /// <summary>Outbox rows of an exchange for one aggregate.</summary>
    public async Task<long> OutboxCountAsync(string exchange, Guid aggregateId) =>
        await Database.ScalarAsync<long>($"SELECT count(*) FROM {Schema}.outbox_messages WHERE exchange = @p0 AND aggregate_id = @p1", exchange, aggregateId);

    protected virtual IReadOnlyDictionary<string, string?> Settings() => new Dictionary<string, string?>
    {
        ["ConnectionStrings:Service"] = Database.ConnectionString,
        ["ConnectionStrings:RabbitMq"] = Broker.Amqp.ToString(),
        ["Auth:SigningKey"] = Servers.SigningKey,
        ["Auth:RequireHttpsMetadata"] = "false",
        ["Database:MigrateOnStartup"] = "true",
        ["Outbox:PollInterval"] = "00:00:00.500",
    };

    public virtual async Task DisposeAsync()
    {
        foreach (var app in _apps)
            await app.DisposeAsync();
        await Broker.DisposeAsync();
        await Database.DisposeAsync();
    }
}
