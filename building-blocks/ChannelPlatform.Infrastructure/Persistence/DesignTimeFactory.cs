using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ChannelPlatform.Infrastructure.Persistence;

/// <summary>
/// For <c>dotnet ef migrations add</c>: builds a service's model as the service configures it
/// (snake_case, migrations history in its schema) without starting the service.
/// </summary>
public abstract class DesignTimeFactory<TContext>(string schema, Func<DbContextOptions<TContext>, TContext> create) : IDesignTimeDbContextFactory<TContext>
    where TContext : ServiceDbContext
{
    public TContext CreateDbContext(string[] args) =>
        create(new DbContextOptionsBuilder<TContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", schema))
            .UseSnakeCaseNamingConvention()
            .Options);
}
