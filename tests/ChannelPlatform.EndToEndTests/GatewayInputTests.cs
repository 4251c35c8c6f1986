using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ChannelPlatform.Application.Security;
using ChannelPlatform.EndToEndTests.Scorecards;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// The gateway's own answers to bad input are ProblemDetails 4xx, on a real socket: a chunked body over the limit
/// (no Content-Length to refuse up front) is 413, not a 503 blamed on the service; JSON in an unknown charset is
/// 415 on its own endpoints; a control character in a path or query is 400 before anything is forwarded.
/// </summary>
public sealed class GatewayInputTests : IAsyncLifetime
{
    private StubService _partner = null!;
    private GatewayApp _gateway = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _partner = await StubService.StartAsync(async http =>
        {
            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
            await StubService.Json("{}")(http);
        });
        _gateway = StubbedGateway.Start(
            new Dictionary<string, StubService> { ["Partner"] = _partner },
            new Dictionary<string, string?> { ["Auth:DevTokens:Enabled"] = "true" },
            kestrel: true);
        _client = new HttpClient { BaseAddress = _gateway.KestrelAddress };
        _client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", StubbedGateway.Tokens.For(Roles.ChannelManager));
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _gateway.DisposeAsync();
        await _partner.DisposeAsync();
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_413_problem_details()
    {
        using var body = new StreamContent(new MemoryStream(new byte[2 * 1024 * 1024]));
        body.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/partners", UriKind.Relative)) { Content = body };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task The_dev_token_endpoint_answers_415_to_json_in_an_unknown_charset()
    {
        using var content = new StringContent("""{"role":"ChannelManager","name":"x"}""", Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json; charset=nonsense");

        using var response = await _client.PostAsync(new Uri("/api/v1/auth/dev-token", UriKind.Relative), content);

        response.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task A_control_character_in_the_path_or_query_is_400_and_never_forwarded()
    {
        var before = _partner.Requests.Count;

        using var path = await _client.GetAsync(new Uri("/api/v1/partners/a%00b", UriKind.Relative));
        using var query = await _client.GetAsync(new Uri("/api/v1/partners?q=a%01b", UriKind.Relative));

        path.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        query.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        query.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        _partner.Requests.Count.ShouldBe(before);
    }
}
