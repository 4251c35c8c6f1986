using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Enablement.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>: builds the model without starting the service.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<EnablementDbContext>
{
    public EnablementDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EnablementDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", EnablementDbContext.SchemaName))
            .UseSnakeCaseNamingConvention()
            .Options);
}
