using ChannelPlatform.Infrastructure.Persistence;

namespace DealRegistration.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> (see the base).</summary>
internal sealed class DesignTimeFactory() : DesignTimeFactory<DealsDbContext>(DealsDbContext.SchemaName, options => new DealsDbContext(options));
