using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Partners.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c>: builds the model without starting the service.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<PartnersDbContext>
{
    public PartnersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PartnersDbContext>()
            .UseNpgsql("Host=localhost;Database=design", o => o.MigrationsHistoryTable("__ef_migrations_history", PartnersDbContext.SchemaName))
            .UseSnakeCaseNamingConvention()
            .Options);
}
