using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>Security at the edge: per-caller rate limit, body size limit, CORS and security headers.</summary>
public sealed class GatewayEdgeTests : IAsyncLifetime
{
    private GatewayApp _gateway = null!;
    private TestTokens _tokens = null!;

    public async Task InitializeAsync()
    {
        var servers = await TestEnvironment.GetAsync();
        _tokens = new TestTokens(servers.SigningKey);
        _gateway = new GatewayApp("Development", new Dictionary<string, string?>
        {
            ["Auth:SigningKey"] = servers.SigningKey,
            ["Auth:RequireHttpsMetadata"] = "false",
            ["Gateway:PermitsPerMinute"] = "3",
            ["Gateway:MaxRequestBodyBytes"] = "1024",
            ["Gateway:CorsOrigins:0"] = "https://app.example",
            ["Services:Partner"] = "http://127.0.0.1:9", // nothing listens: routes answer 503
        });
    }

    public async Task DisposeAsync() => await _gateway.DisposeAsync();

    [Fact]
    public async Task A_caller_over_its_limit_gets_429_problem_details_with_retry_after_and_others_are_not_affected()
    {
        var client = Client("edge-a");
        for (var i = 0; i < 3; i++)
            (await client.GetAsync(new Uri("/api/v1/partners", UriKind.Relative))).StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);

        using var limited = await client.GetAsync(new Uri("/api/v1/partners", UriKind.Relative));
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        limited.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");

        using var other = await Client("edge-b").GetAsync(new Uri("/api/v1/partners", UriKind.Relative));
        other.StatusCode.ShouldNotBe(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_problem_details()
    {
        using var content = new StringContent(new string('x', 4096), Encoding.UTF8, "application/json");
        using var answer = await Client("edge-c").PostAsync(new Uri("/api/v1/partners", UriKind.Relative), content);
        answer.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        answer.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_service_that_is_down_is_503_and_responses_carry_security_headers()
    {
        using var answer = await Client("edge-d").GetAsync(new Uri("/api/v1/partners", UriKind.Relative));
        answer.StatusCode.ShouldBe(HttpStatusCode.ServiceUnavailable);
        answer.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        answer.Headers.GetValues("X-Frame-Options").ShouldContain("DENY");
        answer.Headers.GetValues("Referrer-Policy").ShouldContain("no-referrer");
    }

    [Fact]
    public async Task Cors_allows_the_configured_frontend_origin_only()
    {
        var client = _gateway.CreateClient();
        foreach (var (origin, allowed) in new[] { ("https://app.example", true), ("https://evil.example", false) })
        {
            using var preflight = new HttpRequestMessage(HttpMethod.Options, new Uri("/api/v1/partners", UriKind.Relative));
            preflight.Headers.Add("Origin", origin);
            preflight.Headers.Add("Access-Control-Request-Method", "POST");
            preflight.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
            using var answer = await client.SendAsync(preflight);
            answer.Headers.TryGetValues("Access-Control-Allow-Origin", out var values).ShouldBe(allowed, origin);
            if (allowed)
                values!.ShouldContain(origin);
        }
    }

    private HttpClient Client(string name)
    {
        var client = _gateway.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", _tokens.For(Roles.ChannelManager, name: name));
        return client;
    }
}
