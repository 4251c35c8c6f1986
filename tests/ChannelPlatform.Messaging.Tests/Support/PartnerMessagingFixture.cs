using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using Partners.Api;

namespace ChannelPlatform.Messaging.Tests.Support;

/// <summary>
/// The Partner service as the vehicle for the messaging tests: its own database and virtual host per
/// test class (xUnit makes one fixture instance per class), plus the broker and SQL probes they need.
/// </summary>
public class PartnerMessagingFixture : ServiceFixture<PartnersApi>
{
    private BrokerProbe? _probe;

    protected override string Prefix => "msg";

    protected override string Schema => "partner";

    public BrokerProbe Probe => _probe ??= new BrokerProbe(Servers, Broker);

    public OutboxTable Outbox => new(Database);

    public HttpClient Manager(ServiceApp<PartnersApi>? app = null) => Client(Roles.ChannelManager, app: app);

    /// <summary>Another instance on the same database and virtual host, started now (migrations, topology, bus, relay).</summary>
    public ServiceApp<PartnersApi> StartInstance(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var app = StartApp(overrides);
        _ = app.Server;
        return app;
    }

    /// <summary>Quieter hosts: warnings and errors (relay failures, faults) are what these tests read in a log.</summary>
    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) {
            ["Logging:LogLevel:Default"] = "Warning",
            // EF logs the first look for the migrations history table of a new database as an error; faults are logged by MassTransit.
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Database.Command"] = "None",
        };

    public override async Task DisposeAsync()
    {
        _probe?.Dispose();
        await base.DisposeAsync();
    }
}

/// <summary>The first instance runs with its relay off: what it commits stays in the outbox (a process that dies before publishing).</summary>
public sealed class RelayOffFixture : PartnerMessagingFixture
{
    public static readonly IReadOnlyDictionary<string, string?> RelayOn = new Dictionary<string, string?> { ["Outbox:RelayEnabled"] = "true" };

    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) { ["Outbox:RelayEnabled"] = "false" };
}

/// <summary>A relay that gives up after three attempts (2 s, then 4 s of backoff), so a dead row is reached quickly.</summary>
public sealed class FewAttemptsFixture : PartnerMessagingFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) { ["Outbox:MaxAttempts"] = "3" };
}

/// <summary>
/// A publish that hangs fails after 3 s instead of 10, so a short outage already exercises the timeout and the
/// backoff; and one refusal would kill a row (MaxAttempts 1), so a row that survives the outage proves that an
/// unreachable broker never counts towards dead-lettering.
/// </summary>
public sealed class ShortPublishTimeoutFixture : PartnerMessagingFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) { ["Outbox:PublishTimeout"] = "00:00:03", ["Outbox:MaxAttempts"] = "1" };
}

/// <summary>The service reaches PostgreSQL through a proxy the test can cut, as a restart or a network fault would.</summary>
public sealed class DatabaseProxyFixture : PartnerMessagingFixture
{
    private TcpFaultProxy? _proxy;

    public TcpFaultProxy Proxy => _proxy ?? throw new InvalidOperationException("The service has not started yet.");

    protected override IReadOnlyDictionary<string, string?> Settings()
    {
        var direct = new Npgsql.NpgsqlConnectionStringBuilder(Database.ConnectionString);
        _proxy ??= new TcpFaultProxy(direct.Host!, direct.Port);
        direct.Host = "127.0.0.1";
        direct.Port = _proxy.Port;
        return new Dictionary<string, string?>(base.Settings()) { ["ConnectionStrings:Service"] = direct.ConnectionString };
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_proxy is not null)
            await _proxy.DisposeAsync();
    }
}
