using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>CONTRACT.md "Gateway": /api/v1/partners|tiers|escalations/** go to the Partner service.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RoutingTests(PlatformFixture platform)
{
    [Fact]
    public async Task Partners_are_created_and_read_through_the_gateway_in_the_Partner_service()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var id = await manager.ProspectAsync();

        var viaGateway = await manager.GetJson($"/api/v1/partners/{id}");
        viaGateway.Status.ShouldBe(HttpStatusCode.OK, viaGateway.ToString());
        viaGateway.ETag.ShouldNotBeNullOrEmpty();
        using var direct = platform.PartnerDirect(Roles.ChannelManager);
        (await direct.GetJson($"/api/v1/partners/{id}")).Str("name").ShouldBe(viaGateway.Str("name"));

        var list = await manager.GetJson($"/api/v1/partners?status=Prospect&limit=200");
        list.Status.ShouldBe(HttpStatusCode.OK, list.ToString());
        list.Body["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ShouldContain(id.ToString());
    }

    [Fact]
    public async Task The_tier_program_is_served_through_the_gateway()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var tiers = await manager.GetJson("/api/v1/tiers");
        tiers.Status.ShouldBe(HttpStatusCode.OK, tiers.ToString());
        tiers.Body.AsArray().Select(t => t!["tier"]!.GetValue<string>()).ShouldBe(["Registered", "Silver", "Gold", "Platinum"]);
    }

    [Fact]
    public async Task Escalations_are_raised_listed_and_resolved_through_the_gateway()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var partnerId = await manager.ActivePartnerAsync();
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partnerId);

        var raised = await partnerUser.PostJson($"/api/v1/partners/{partnerId}/escalations", new { severity = "High", subject = "Portal down", description = "Cannot register deals" });
        raised.Status.ShouldBe(HttpStatusCode.Created, raised.ToString());
        raised.Location.ShouldNotBeNull().ShouldEndWith($"/api/v1/escalations/{raised.Id}");

        var open = await manager.GetJson($"/api/v1/escalations?status=Open&partnerId={partnerId}");
        open.Status.ShouldBe(HttpStatusCode.OK, open.ToString());
        open.Body["items"]!.AsArray().Select(e => e!["id"]!.GetValue<string>()).ShouldBe([raised.Id.ToString()]);

        var resolved = await manager.PostJson($"/api/v1/escalations/{raised.Id}/resolve", new { resolution = "Restarted the portal" });
        resolved.Status.ShouldBe(HttpStatusCode.OK, resolved.ToString());
        resolved.Str("status").ShouldBe("Resolved");
    }

    [Theory]
    [InlineData("/api/v1/unknown")]
    [InlineData("/api/v1/partnersx")]
    [InlineData("/api/v1/tiers-old")]
    public async Task A_path_outside_the_route_table_is_not_proxied(string path)
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        (await manager.GetJson(path)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_service_error_comes_back_through_the_gateway_as_the_services_ProblemDetails()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var missing = await manager.GetJson($"/api/v1/partners/{Guid.NewGuid()}");
        missing.Status.ShouldBe(HttpStatusCode.NotFound);
        missing.ContentType.ShouldBe("application/problem+json");
        missing.Str("traceId").ShouldNotBeNullOrEmpty();

        var invalid = await manager.PostJson("/api/v1/partners", new { name = "", type = "Wizard" });
        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.ErrorFields.ShouldContain("type");
    }
}
