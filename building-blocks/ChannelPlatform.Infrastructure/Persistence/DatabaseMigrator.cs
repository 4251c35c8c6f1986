using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChannelPlatform.Infrastructure.Persistence;

/// <summary>
/// At start-up, before the bus: in Development with <c>Database:MigrateOnStartup</c>, applies the migrations itself
/// (under the migrators' lock); everywhere else checks that the schema is not behind this build and refuses to start
/// if it is — migrations are a step of their own (<see cref="SchemaMigrations"/>), never raced by replicas.
/// </summary>
internal sealed class DatabaseMigrator(IServiceScopeFactory scopes, IConfiguration configuration, IHostEnvironment environment, ILogger<DatabaseMigrator> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ServiceDbContext>();
        if (configuration.GetValue("Database:MigrateOnStartup", false))
        {
            if (!environment.IsDevelopment())
                throw new InvalidOperationException($"Refusing to start: Database:MigrateOnStartup is for Development only ({environment.EnvironmentName} "
                    + $"migrates as a step of its own: `{SchemaMigrations.Command}`).");
            var applied = await SchemaMigrations.MigrateUnderLockAsync(db, db.Database.GetConnectionString()!, cancellationToken);
            if (applied.Count > 0)
                logger.LogInformation("Applied {Count} migrations to schema {Schema}", applied.Count, db.Schema);
            return;
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            throw new InvalidOperationException($"Refusing to start: schema {db.Schema} is {pending.Count} migration(s) behind this build "
                + $"({string.Join(", ", pending)}). Run the migration step first: `dotnet <Service>.Api.dll {SchemaMigrations.Command}` "
                + "(deploy/local/migrate.sh locally, the migration Job on Kubernetes).");
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
