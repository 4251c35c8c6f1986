using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>A partner reads itself without the internal evaluation (scores, notes) and internal status notes.</summary>
public sealed class PartnerSelfViewApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    private async Task<Guid> SuspendedAfterAnEvaluationWithNotesAsync()
    {
        var id = await new PartnerApi(_manager).ProspectAsync();
        var evaluation = new { marketReach = 5, technicalCapability = 4, salesCapacity = 5, strategicAlignment = 4, customerBase = 5, notes = "Pushy on margins; watch them" };
        (await _manager.PostJson($"/api/v1/partners/{id}/evaluation", evaluation)).Status.ShouldBe(HttpStatusCode.OK);
        var agreement = await _manager.PostJson($"/api/v1/partners/{id}/agreements", PartnerApi.TermsFor("Reseller"));
        (await _manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement.Id}/sign", new { signedBy = "CEO" })).Status.ShouldBe(HttpStatusCode.OK);
        (await _manager.PostJson($"/api/v1/partners/{id}/suspend", new { reason = "Suspected deal-registration fraud" })).Status.ShouldBe(HttpStatusCode.OK);
        return id;
    }

    private static void ShouldHideTheInternals(JsonNode partner)
    {
        partner["fitScore"].ShouldBeNull();
        partner["evaluation"].ShouldBeNull();
        partner["statusReason"].ShouldBeNull();
        partner.ToJsonString().ShouldNotContain("watch them");
        partner.ToJsonString().ShouldNotContain("fraud");
    }

    [Fact]
    public async Task A_partner_reading_itself_sees_no_evaluation_and_no_status_notes()
    {
        var id = await SuspendedAfterAnEvaluationWithNotesAsync();
        using var partnerUser = service.Client(Roles.Partner, id);

        var one = await partnerUser.GetJson($"/api/v1/partners/{id}");
        var list = await partnerUser.GetJson("/api/v1/partners");

        one.Status.ShouldBe(HttpStatusCode.OK, one.ToString());
        one.Str("status").ShouldBe("Suspended", "the status itself is the partner's to know");
        ShouldHideTheInternals(one.Body);
        list.Body["items"]!.AsArray().ShouldHaveSingleItem();
        ShouldHideTheInternals(list.Body["items"]![0]!);
    }

    [Fact]
    public async Task Staff_and_internal_systems_still_see_the_evaluation_and_the_status_notes()
    {
        var id = await SuspendedAfterAnEvaluationWithNotesAsync();

        foreach (var reader in new[] { _manager, service.Client(Roles.Integration) })
        {
            var partner = (await reader.GetJson($"/api/v1/partners/{id}")).Body;
            partner["fitScore"]!.GetValue<decimal>().ShouldBeGreaterThan(60m);
            partner["evaluation"]!["notes"]!.GetValue<string>().ShouldBe("Pushy on margins; watch them");
            partner["evaluation"]!["technicalCapability"]!.GetValue<int>().ShouldBe(4);
            partner["statusReason"]!.GetValue<string>().ShouldBe("Suspected deal-registration fraud");
        }
    }
}
