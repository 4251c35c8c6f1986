using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ChannelPlatform.Testing;

/// <summary>
/// A service in-process on real PostgreSQL and RabbitMQ, configured as production would be but for
/// its own database, virtual host and (optionally) a clock the test moves.
/// </summary>
public sealed class ServiceApp<TEntryPoint>(IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null, string environment = "Development")
    : WebApplicationFactory<TEntryPoint>
    where TEntryPoint : class
{
    public TimeProvider? Clock { get; } = clock;

    public LogSink Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            if (Clock is not null)
                services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
