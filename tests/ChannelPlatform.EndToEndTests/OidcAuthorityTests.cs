using System.IdentityModel.Tokens.Jwt;
using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using ChannelPlatform.Application.Security;
using ChannelPlatform.EndToEndTests.Scorecards;
using ChannelPlatform.Testing;
using Microsoft.IdentityModel.Tokens;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// Outside Development the gateway takes its tokens from the OIDC authority in <c>Auth:Authority</c>:
/// it reads the discovery document and the signing keys from there, and trusts nothing else.
/// </summary>
public sealed class OidcAuthorityTests : IAsyncLifetime
{
    private readonly RSA _key = RSA.Create(2048);
    private StubService _authority = null!;
    private GatewayApp _gateway = null!;

    public async Task InitializeAsync()
    {
        _authority = await StubService.StartAsync(http => http.Request.Path.Value switch
        {
            "/.well-known/openid-configuration" => StubService.Json($$"""{"issuer":"{{Issuer}}","jwks_uri":"{{Issuer}}/jwks"}""")(http),
            "/jwks" => StubService.Json(Jwks())(http),
            _ => StubService.Status(404)(http),
        });
        _gateway = Production();
    }

    private GatewayApp Production(params (string Key, string? Value)[] extra)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Auth:Authority"] = Issuer,
            ["Auth:RequireHttpsMetadata"] = "false", // the stub authority speaks plain HTTP on loopback
            ["Services:Partner"] = string.Empty,
            ["Services:DealRegistration"] = string.Empty,
            ["Services:Enablement"] = string.Empty,
            ["Services:Revenue"] = string.Empty,
            ["Services:Webhooks"] = string.Empty,
        };
        foreach (var (key, value) in extra)
            settings[key] = value;
        return new GatewayApp("Production", settings);
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _authority.DisposeAsync();
        _key.Dispose();
    }

    private string Issuer => _authority.Url.ToString().TrimEnd('/');

    [Fact]
    public async Task A_token_from_the_authority_is_accepted_with_its_role()
    {
        (await GetScorecard(Token(Issuer, new RsaSecurityKey(_key) { KeyId = "k1" }, Roles.ChannelManager))).ShouldBe(HttpStatusCode.OK);
        (await GetScorecard(Token(Issuer, new RsaSecurityKey(_key) { KeyId = "k1" }, Roles.Partner))).ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_token_signed_by_another_key_or_issued_elsewhere_is_401()
    {
        using var other = RSA.Create(2048);
        (await GetScorecard(Token(Issuer, new RsaSecurityKey(other) { KeyId = "k1" }, Roles.ChannelManager))).ShouldBe(HttpStatusCode.Unauthorized);
        (await GetScorecard(Token("https://elsewhere.example", new RsaSecurityKey(_key) { KeyId = "k1" }, Roles.ChannelManager))).ShouldBe(HttpStatusCode.Unauthorized);
        (await GetScorecard(new TestTokens(StubbedGateway.SigningKey).For(Roles.ChannelManager))).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task The_dev_token_endpoint_does_not_exist_even_when_enabled()
    {
        await using var enabled = Production(("Auth:DevTokens:Enabled", "true"));
        using var anonymous = enabled.CreateClient();
        (await anonymous.PostJson("/api/v1/auth/dev-token", new { role = Roles.ChannelManager })).Status.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Unauthorized);
        using var manager = enabled.CreateClient();
        manager.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(Issuer, new RsaSecurityKey(_key) { KeyId = "k1" }, Roles.ChannelManager));
        (await manager.PostJson("/api/v1/auth/dev-token", new { role = Roles.ChannelManager })).Status.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Outside_Development_a_configured_signing_key_stops_the_gateway_at_start()
    {
        await using var forged = Production(("Auth:SigningKey", StubbedGateway.SigningKey));
        var refused = Should.Throw<InvalidOperationException>(() => _ = forged.Server);
        refused.Message.ShouldContain("Auth:SigningKey");
    }

    [Fact]
    public async Task Without_an_authority_outside_Development_the_gateway_does_not_start()
    {
        await using var blind = Production(("Auth:Authority", string.Empty));
        Should.Throw<InvalidOperationException>(() => _ = blind.Server).Message.ShouldContain("Auth:Authority");
    }

    [Fact]
    public async Task A_signing_key_shorter_than_256_bits_stops_the_gateway_even_in_Development()
    {
        await using var weak = new GatewayApp("Development", new Dictionary<string, string?> { ["Auth:SigningKey"] = "only-31-bytes-long-0123456789ab" });
        Should.Throw<InvalidOperationException>(() => _ = weak.Server).Message.ShouldContain("256 bits");
    }

    private async Task<HttpStatusCode> GetScorecard(string token)
    {
        using var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetJson("/api/v1/program/scorecard")).Status;
    }

    private static string Token(string issuer, SecurityKey key, string role) => new JwtSecurityTokenHandler().WriteToken(new JwtSecurityToken(
        issuer,
        "channel-platform",
        [new Claim("sub", "idp|user-1"), new Claim("name", "Idp User"), new Claim("role", role)],
        DateTime.UtcNow.AddMinutes(-1),
        DateTime.UtcNow.AddMinutes(10),
        new SigningCredentials(key, SecurityAlgorithms.RsaSha256)));

    private string Jwks()
    {
        var p = _key.ExportParameters(false);
        return $$"""{"keys":[{"kty":"RSA","use":"sig","alg":"RS256","kid":"k1","n":"{{Base64UrlEncoder.Encode(p.Modulus)}}","e":"{{Base64UrlEncoder.Encode(p.Exponent)}}"}]}""";
    }
}
