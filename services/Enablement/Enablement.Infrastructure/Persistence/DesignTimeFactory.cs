using ChannelPlatform.Infrastructure.Persistence;

namespace Enablement.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> (see the base).</summary>
internal sealed class DesignTimeFactory() : DesignTimeFactory<EnablementDbContext>(EnablementDbContext.SchemaName, options => new EnablementDbContext(options));
