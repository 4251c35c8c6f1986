using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>
/// One rule decides who a caller is, in every check: exactly one platform role, and a partner user names its
/// partner. A token that breaks it is refused everywhere, reads included. Health details go to callers with a token.
/// </summary>
public sealed class AuthRulesApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    [Fact]
    public async Task A_token_carrying_two_roles_is_neither_partner_nor_staff()
    {
        var partnerId = await new PartnerApi(service.Client(Roles.ChannelManager)).ProspectAsync();
        using var both = Bearer(Claims(("role", Roles.Partner), ("role", Roles.ChannelManager), ("partner_id", partnerId.ToString())));

        (await both.GetJson("/api/v1/partners")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await both.GetJson($"/api/v1/partners/{partnerId}")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await both.PostJson($"/api/v1/partners/{partnerId}/tier", new { tier = "Platinum", reason = "both roles" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await both.GetJson("/admin/messaging/outbox")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_partner_token_without_a_partner_is_403_on_reads_too()
    {
        using var nobody = Bearer(Claims(("role", Roles.Partner)));

        var list = await nobody.GetJson("/api/v1/partners");
        list.Status.ShouldBe(HttpStatusCode.Forbidden);
        list.ContentType.ShouldBe("application/problem+json");
        (await nobody.GetJson("/api/v1/tiers")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await nobody.GetJson($"/api/v1/partners/{Guid.NewGuid()}/contacts")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_role_the_platform_does_not_know_is_403()
    {
        using var admin = Bearer(Claims(("role", "Admin")));
        (await admin.GetJson("/api/v1/tiers")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_anonymous_readiness_probe_gets_statuses_without_details()
    {
        var anonymous = await service.Anonymous().GetJson("/health/ready");
        var withToken = await service.Client(Roles.Integration).GetJson("/health/ready");

        anonymous.Status.ShouldBe(HttpStatusCode.OK);
        anonymous.Text.ShouldNotContain("description");
        anonymous.Text.ShouldNotContain("schema");
        anonymous.Body["entries"]!["postgresql"]!["status"]!.GetValue<string>().ShouldBe("Healthy");
        withToken.Body["entries"]!["postgresql"]!["description"].ShouldNotBeNull();
    }

    private HttpClient Bearer(Claim[] claims)
    {
        var client = service.App.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", service.Tokens.WithClaims(claims));
        return client;
    }

    private static Claim[] Claims(params (string Type, string Value)[] claims) =>
        [new Claim("sub", $"test|{Guid.NewGuid():N}"), new Claim("name", "Test"), .. claims.Select(c => new Claim(c.Type, c.Value))];
}
