using ChannelPlatform.Infrastructure.Persistence;

namespace Partners.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> (see the base).</summary>
internal sealed class DesignTimeFactory() : DesignTimeFactory<PartnersDbContext>(PartnersDbContext.SchemaName, options => new PartnersDbContext(options));
