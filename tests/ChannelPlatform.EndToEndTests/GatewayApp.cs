using ChannelPlatform.Gateway;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>The gateway in-process, in the environment and configuration a test names.</summary>
public sealed class GatewayApp(string environment, IReadOnlyDictionary<string, string?> settings) : WebApplicationFactory<GatewayApi>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in settings)
            builder.UseSetting(key, value);
    }
}
