using ChannelPlatform.Gateway;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace ChannelPlatform.EndToEndTests;

/// <summary>The gateway in-process, in the environment and configuration a test names.</summary>
public sealed class GatewayApp(string environment, IReadOnlyDictionary<string, string?> settings, TimeProvider? clock = null) : WebApplicationFactory<GatewayApi>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
        if (clock is not null)
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
    }
}
