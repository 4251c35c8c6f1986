using System.IdentityModel.Tokens.Jwt;
using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary><c>POST /api/v1/auth/dev-token</c>: validated, and present only in Development with Auth:DevTokens:Enabled=true.</summary>
[Collection(PlatformCollection.Name)]
public sealed class DevTokenTests(PlatformFixture platform)
{
    private const string Path = "/api/v1/auth/dev-token";

    [Fact]
    public async Task A_token_carries_the_role_the_partner_and_the_name_and_lasts_eight_hours()
    {
        var partnerId = Guid.NewGuid();
        using var anonymous = platform.Anonymous();
        var answer = await anonymous.PostJson(Path, new { role = "partner", partnerId, name = "Pat Partner" });
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());

        var jwt = new JwtSecurityTokenHandler().ReadJwtToken(answer.Str("accessToken"));
        jwt.Claims.Single(c => c.Type == "role").Value.ShouldBe(Roles.Partner); // accepted case-insensitively, issued canonical
        jwt.Claims.Single(c => c.Type == "partner_id").Value.ShouldBe(partnerId.ToString());
        jwt.Claims.Single(c => c.Type == "name").Value.ShouldBe("Pat Partner");
        jwt.Claims.ShouldContain(c => c.Type == "sub");
        var expiresAt = DateTimeOffset.Parse(answer.Str("expiresAt")!, System.Globalization.CultureInfo.InvariantCulture);
        (expiresAt - DateTimeOffset.UtcNow).ShouldBe(TimeSpan.FromHours(8), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task A_manager_token_carries_no_partner_even_when_one_is_sent()
    {
        using var anonymous = platform.Anonymous();
        var answer = await anonymous.PostJson(Path, new { role = Roles.ChannelManager, partnerId = Guid.NewGuid(), name = "Dana" });
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        new JwtSecurityTokenHandler().ReadJwtToken(answer.Str("accessToken")).Claims.ShouldNotContain(c => c.Type == "partner_id");
    }

    [Fact]
    public async Task An_integration_token_carries_its_scopes_space_separated_in_the_scope_claim()
    {
        using var anonymous = platform.Anonymous();
        var answer = await anonymous.PostJson(Path, new { role = Roles.Integration, name = "LMS", scopes = new[] { Scopes.EnablementWrite, Scopes.EnablementWrite } });
        answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
        new JwtSecurityTokenHandler().ReadJwtToken(answer.Str("accessToken")).Claims.Single(c => c.Type == "scope").Value.ShouldBe("enablement:write");

        var plain = await anonymous.PostJson(Path, new { role = Roles.Integration, name = "BI" });
        new JwtSecurityTokenHandler().ReadJwtToken(plain.Str("accessToken")).Claims.ShouldNotContain(c => c.Type == "scope");
    }

    [Theory]
    [InlineData("Integration", "enablement:admin")]
    [InlineData("Partner", "enablement:write")]
    [InlineData("ChannelManager", "enablement:write")]
    public async Task An_unknown_scope_or_a_scope_on_another_role_is_400_naming_scopes(string role, string scope)
    {
        using var anonymous = platform.Anonymous();
        var answer = await anonymous.PostJson(Path, new { role, partnerId = Guid.NewGuid(), name = "x", scopes = new[] { scope } });
        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["scopes"]);
    }

    [Theory]
    [InlineData("Wizard")]
    [InlineData("")]
    [InlineData(null)]
    public async Task An_unknown_role_is_400_naming_role(string? role)
    {
        using var anonymous = platform.Anonymous();
        var answer = await anonymous.PostJson(Path, new { role, name = "x" });
        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ContentType.ShouldBe("application/problem+json");
        answer.ErrorFields.ShouldContain("role");
        answer.Str("traceId").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_partner_token_without_partnerId_is_400_naming_partnerId()
    {
        using var anonymous = platform.Anonymous();
        var answer = await anonymous.PostJson(Path, new { role = Roles.Partner, name = "x" });
        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldBe(["partnerId"]);
    }

    [Fact]
    public async Task Malformed_json_is_400()
    {
        using var anonymous = platform.Anonymous();
        var answer = await anonymous.PostJson(Path, "{ \"role\": ");
        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ContentType.ShouldBe("application/problem+json");
        answer.ErrorFields.ShouldBe(["role"], "where the JSON breaks off"); // the shared error handler, as every service
        answer.Text.ShouldNotContain("Exception"); // the parser's message, never a stack trace
        answer.Text.ShouldNotContain("   at ");
    }

    [Fact]
    public async Task In_Development_the_endpoint_does_not_exist_when_disabled()
    {
        var disabled = platform.StartGateway("Development", new Dictionary<string, string?> { ["Auth:DevTokens:Enabled"] = "false" });
        await ShouldBeAbsentAsync(disabled);
    }

    private async Task ShouldBeAbsentAsync(GatewayApp gateway)
    {
        // Anonymous, the gateway's fallback policy (authenticated users only) answers 401 for any path
        // it does not serve anonymously, so an absent endpoint looks like any unknown path: no token either way.
        using var anonymous = gateway.CreateClient();
        var asStranger = await anonymous.PostJson(Path, new { role = Roles.ChannelManager, name = "intruder" });
        asStranger.Status.ShouldBeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        asStranger.Text.ShouldNotContain("accessToken");

        // With a valid token the path is plainly not there.
        using var authenticated = gateway.CreateClient();
        authenticated.DefaultRequestHeaders.Authorization = new("Bearer", platform.Tokens.For(Roles.ChannelManager));
        var asManager = await authenticated.PostJson(Path, new { role = Roles.ChannelManager, name = "intruder" });
        asManager.Status.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.MethodNotAllowed);
        asManager.Text.ShouldNotContain("accessToken");
    }
}
