using ChannelPlatform.Infrastructure.Persistence;

namespace Revenue.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> (see the base).</summary>
internal sealed class DesignTimeFactory() : DesignTimeFactory<RevenueDbContext>(RevenueDbContext.SchemaName, options => new RevenueDbContext(options));
