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

    /// <summary>The address of the real socket after <see cref="StartOnKestrel"/>.</summary>
    public Uri KestrelAddress { get; private set; } = null!;

    public void StartOnKestrel()
    {
        UseKestrel(0);
        StartServer();
        var addresses = Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses;
        KestrelAddress = new Uri(addresses.First().Replace("localhost", "127.0.0.1", StringComparison.Ordinal));
    }
}
