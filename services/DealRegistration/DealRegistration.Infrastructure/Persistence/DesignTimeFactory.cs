using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace DealRegistration.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>: builds the model without starting the service.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<DealsDbContext>
{
    public DealsDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<DealsDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", DealsDbContext.SchemaName))
            .UseSnakeCaseNamingConvention()
            .Options);
}
