using ChannelPlatform.Testing;
using Partners.Api;

namespace ChannelPlatform.Messaging.Tests;

/// <summary>
/// Migrations are a step of their own (<c>dotnet Partners.Api.dll migrate</c>): run twice at once they apply each
/// migration once; a service started against a schema behind its build refuses to start and says what to run;
/// migrating on start-up is for Development only.
/// </summary>
[Trait("Category", "Messaging")]
public sealed class SchemaMigrationTests : IAsyncLifetime
{
    private const string Project = "services/Partners/Partners.Api";
    private TestDatabase _database = null!;
    private TestVirtualHost _broker = null!;
    private TestEnvironment.Servers _servers = null!;

    public async Task InitializeAsync()
    {
        _servers = await TestEnvironment.GetAsync();
        _database = await TestDatabase.CreateAsync(_servers.PostgresAdmin, "migrate");
        _broker = await TestVirtualHost.CreateAsync(_servers.Amqp, _servers.RabbitManagement, "migrate");
    }

    public async Task DisposeAsync()
    {
        await _broker.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Two_migrate_commands_at_once_apply_each_migration_once_and_the_service_then_starts()
    {
        var settings = new Dictionary<string, string?> { ["ConnectionStrings:Service"] = _database.ConnectionString }; // no broker, no auth
        var runs = await Task.WhenAll(ServiceProcess.RunAsync(Project, settings, "migrate"), ServiceProcess.RunAsync(Project, settings, "migrate"));

        runs.ShouldAllBe(r => r.ExitCode == 0, string.Join("\n---\n", runs.Select(r => r.Output)));
        runs.Count(r => r.Output.Contains("applied", StringComparison.Ordinal)).ShouldBe(1, "the second waited on the lock, then found nothing to do");
        (await _database.ScalarAsync<long>("SELECT count(*) - count(DISTINCT migration_id) FROM partner.__ef_migrations_history")).ShouldBe(0);
        await using var app = App("Development", migrateOnStartup: false);
        _ = app.Server; // starts: the schema is current
    }

    [Fact]
    public async Task A_service_started_against_a_schema_behind_its_build_refuses_to_start_and_says_what_to_run()
    {
        await using var app = App("Development", migrateOnStartup: false);

        var refused = Should.Throw<InvalidOperationException>(() => _ = app.Server);

        refused.Message.ShouldContain("migration(s) behind");
        refused.Message.ShouldContain("migrate");
    }

    [Fact]
    public async Task Migrating_on_start_up_is_refused_outside_Development()
    {
        await using var app = App("Production", migrateOnStartup: true, ("Auth:SigningKey", null), ("Auth:Authority", "https://login.example.com"));

        Should.Throw<InvalidOperationException>(() => _ = app.Server).Message.ShouldContain("Development only");
    }

    private ServiceApp<PartnersApi> App(string environment, bool migrateOnStartup, params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["ConnectionStrings:Service"] = _database.ConnectionString,
            ["ConnectionStrings:RabbitMq"] = _broker.Amqp.ToString(),
            ["Auth:SigningKey"] = _servers.SigningKey,
            ["Database:MigrateOnStartup"] = migrateOnStartup ? "true" : "false",
        };
        foreach (var (key, value) in extra)
            settings[key] = value;
        return new ServiceApp<PartnersApi>(settings, environment: environment);
    }
}
