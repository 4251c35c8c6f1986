using ChannelPlatform.Infrastructure.Persistence;

namespace Webhooks.Infrastructure.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> (see the base).</summary>
internal sealed class DesignTimeFactory() : DesignTimeFactory<WebhooksDbContext>(WebhooksDbContext.SchemaName, options => new WebhooksDbContext(options));
