using ChannelPlatform.Infrastructure.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ChannelPlatform.Infrastructure.Persistence;

/// <summary>
/// Schema migrations as a step of their own (<c>dotnet &lt;Service&gt;.Api.dll migrate</c>, the Kubernetes migration Job,
/// <c>deploy/local/migrate.sh</c>): applied once, under a session advisory lock per schema, so two migrators started at
/// once take turns and the second finds nothing left to do. Then, when <c>ConnectionStrings:RabbitMq</c> is set, the
/// consumer queues an earlier version declared otherwise are upgraded (<see cref="QueueUpgrade"/>). No auth settings.
/// </summary>
public static class SchemaMigrations
{
    public const string Command = "migrate";

    public static bool Requested(string[] args) => args is [Command];

    public static async Task RunAsync<TContext>(IConfiguration configuration, string schema, string? searchPath = null, CancellationToken cancellationToken = default)
        where TContext : ServiceDbContext
    {
        var services = new ServiceCollection();
        var connectionString = PersistenceRegistration.AddServiceDbContext<TContext>(services, configuration, schema, searchPath);
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();
        var applied = await MigrateUnderLockAsync(scope.ServiceProvider.GetRequiredService<TContext>(), connectionString, cancellationToken);
        Console.WriteLine($"Schema {schema}: {(applied.Count == 0 ? "up to date" : $"applied {string.Join(", ", applied)}")}.");
        if (configuration.GetConnectionString("RabbitMq") is { Length: > 0 } rabbit)
        {
            var options = configuration.GetSection("Messaging").Get<MessagingOptions>() ?? new MessagingOptions();
            var upgraded = await QueueUpgrade.RunAsync(new Uri(rabbit), options, Console.Out, cancellationToken);
            Console.WriteLine($"Queues: {(upgraded.Count == 0 ? "up to date" : $"upgraded {upgraded.Count}")}.");
        }
    }

    /// <returns>The migrations applied (none when another migrator got there first).</returns>
    internal static async Task<IReadOnlyList<string>> MigrateUnderLockAsync(ServiceDbContext db, string connectionString, CancellationToken cancellationToken)
    {
        await using var lockConnection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await lockConnection.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(hashtextextended('migrate:' || @schema, 0))", lockConnection))
        {
            take.Parameters.AddWithValue("schema", db.Schema);
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        // The session lock goes with the connection, whatever happens below.
        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            await db.Database.MigrateAsync(cancellationToken);
        return pending;
    }
}
