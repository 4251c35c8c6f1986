using System.Net.Http.Headers;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>
/// A gateway in front of stub services only (no database, no broker): the services a test names get
/// a stub's address, the others none, so nothing routes to whatever else listens on this machine.
/// </summary>
internal static class StubbedGateway
{
    public const string SigningKey = "stubbed-gateway-test-signing-key-0123456789-0123456789-0123456789";

    public static readonly TestTokens Tokens = new(SigningKey);

    public static readonly string[] Services = ["Partner", "DealRegistration", "Enablement", "Revenue", "Webhooks"];

    /// <param name="kestrel">On a real loopback port (<see cref="GatewayApp.KestrelAddress"/>) rather than the test server.</param>
    public static GatewayApp Start(IReadOnlyDictionary<string, StubService> stubs, IReadOnlyDictionary<string, string?>? settings = null, bool kestrel = false)
    {
        var all = new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = SigningKey,
            ["Auth:RequireHttpsMetadata"] = "false",
        };
        foreach (var service in Services)
            all[$"Services:{service}"] = stubs.TryGetValue(service, out var stub) ? stub.Url.ToString() : string.Empty;
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;
        var gateway = new GatewayApp("Development", all); // a signing key is for Development only (AuthRules)
        if (kestrel)
            gateway.StartOnKestrel();
        else
            _ = gateway.Server;
        return gateway;
    }

    public static HttpClient Client(this GatewayApp gateway, string role, Guid? partnerId = null)
    {
        var client = gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.For(role, partnerId));
        return client;
    }
}
