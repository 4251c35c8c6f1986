using System.Net;
using System.Net.Http.Headers;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Testing;
using Microsoft.Extensions.Time.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>CONTRACT.md "Auth" at the front door: 401 without a valid token, 403 for a role, 404 across partners.</summary>
[Collection(PlatformCollection.Name)]
public sealed class AuthTests(PlatformFixture platform)
{
    [Theory]
    [InlineData("/api/v1/partners")]
    [InlineData("/api/v1/tiers")]
    [InlineData("/api/v1/escalations")]
    public async Task No_token_is_401(string path)
    {
        using var anonymous = platform.Anonymous();
        (await anonymous.GetJson(path)).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_garbage_token_is_401()
    {
        (await GetWithToken("/api/v1/partners", "not-a-jwt")).ShouldBe(HttpStatusCode.Unauthorized);
        (await GetWithToken("/api/v1/partners", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl")).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_401()
    {
        var forged = new TestTokens("an-attackers-key-that-is-long-enough-for-hmac-sha256-0123456789").For(Roles.ChannelManager);
        (await GetWithToken("/api/v1/partners", forged)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_expired_token_is_401()
    {
        var past = new FakeTimeProvider(DateTimeOffset.UtcNow - DevTokenIssuer.DefaultLifetime - TimeSpan.FromHours(1));
        var expired = new DevTokenIssuer(new AuthOptions { SigningKey = platform.Servers.SigningKey }, past).Issue(Roles.ChannelManager, "old", null).Token;
        (await GetWithToken("/api/v1/partners", expired)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_token_for_another_audience_is_401()
    {
        var foreign = new DevTokenIssuer(new AuthOptions { SigningKey = platform.Servers.SigningKey, Audience = "another-platform" }, TimeProvider.System)
            .Issue(Roles.ChannelManager, "other", null).Token;
        (await GetWithToken("/api/v1/partners", foreign)).ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_partner_user_sees_its_own_partner_and_gets_404_for_another_partners()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var a = await manager.ActivePartnerAsync();
        var b = await manager.ActivePartnerAsync();
        using var userOfA = await platform.ClientAsync(Roles.Partner, a);

        (await userOfA.GetJson($"/api/v1/partners/{a}")).Status.ShouldBe(HttpStatusCode.OK);
        var other = await userOfA.GetJson($"/api/v1/partners/{b}");
        other.Status.ShouldBe(HttpStatusCode.NotFound, other.ToString());
        other.Text.ShouldNotContain("\"name\"");
        (await userOfA.GetJson($"/api/v1/partners/{b}/contacts")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await userOfA.GetJson($"/api/v1/partners/{b}/tier-evaluation")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await userOfA.PostJson($"/api/v1/partners/{b}/escalations", new { severity = "Low", subject = "x", description = "y" })).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("POST", "/api/v1/partners")]
    [InlineData("GET", "/api/v1/escalations")]
    [InlineData("GET", "/api/v1/partners/kpis")]
    [InlineData("PUT", "/api/v1/tiers/Gold")]
    [InlineData("POST", "/api/v1/tiers/review")]
    public async Task A_partner_user_on_a_manager_only_route_is_403(string method, string path)
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var partnerId = await manager.ProspectAsync();
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partnerId);
        var answer = await HttpJson.SendAsync(partnerUser, new HttpMethod(method), path, method == "GET" ? null : new { }, null);
        answer.Status.ShouldBe(HttpStatusCode.Forbidden, answer.ToString());
    }

    [Fact]
    public async Task A_partner_user_cannot_act_on_its_own_partner_where_only_managers_may()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var partnerId = await manager.ActivePartnerAsync();
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partnerId);
        (await partnerUser.PostJson($"/api/v1/partners/{partnerId}/tier", new { tier = "Platinum", reason = "I say so" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await partnerUser.PostJson($"/api/v1/partners/{partnerId}/suspend", new { reason = "x" })).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_integration_token_reads_but_does_not_write()
    {
        using var integration = await platform.ClientAsync(Roles.Integration);
        (await integration.GetJson("/api/v1/partners")).Status.ShouldBe(HttpStatusCode.OK);
        (await integration.GetJson("/api/v1/tiers")).Status.ShouldBe(HttpStatusCode.OK);
        (await integration.PostJson("/api/v1/partners", PartnerRequests.NewPartner())).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<HttpStatusCode> GetWithToken(string path, string token)
    {
        using var client = platform.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetJson(path)).Status;
    }
}
