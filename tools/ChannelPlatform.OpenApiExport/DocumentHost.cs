using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChannelPlatform.OpenApiExport;

/// <summary>
/// An entry point in-process on a test server with no hosted service: no migration, no bus, no relay, so
/// nothing reaches for PostgreSQL or RabbitMQ. Endpoints, auth and the OpenAPI generator are the real ones;
/// Development, so the gateway's dev-token endpoint is in its document as it is on a developer's machine.
/// </summary>
internal sealed class DocumentHost<TEntryPoint> : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    /// <summary>Placeholders the services read at start-up; no connection is ever opened with them.</summary>
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["ConnectionStrings:Service"] = "Host=127.0.0.1;Port=1;Database=openapi_export;Username=unused;Password=unused",
        ["ConnectionStrings:RabbitMq"] = "amqp://unused:unused@127.0.0.1:1/",
        ["Auth:SigningKey"] = "openapi-export-signing-key-never-used-to-sign-anything-real",
        ["Auth:RequireHttpsMetadata"] = "false",
        ["Auth:DevTokens:Enabled"] = "true",
        ["Database:MigrateOnStartup"] = "false",
        ["Logging:LogLevel:Default"] = "Warning",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
    };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environments.Development);
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureTestServices(services => services.RemoveAll<IHostedService>());
    }
}
