using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class PartnerStatusApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task An_active_partner_is_suspended_reactivated_and_terminated_with_reasons()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var suspended = await Change(id, "suspend", "Unpaid invoices");
        suspended.Status.ShouldBe(HttpStatusCode.OK, suspended.ToString());
        suspended.Str("status").ShouldBe("Suspended");
        suspended.Str("statusReason").ShouldBe("Unpaid invoices");
        suspended.ETag.ShouldBe($"\"{suspended.Str("version")}\"");

        var reactivated = await Change(id, "reactivate", "Invoices paid");
        reactivated.Status.ShouldBe(HttpStatusCode.OK, reactivated.ToString());
        reactivated.Str("status").ShouldBe("Active");
        reactivated.Str("statusReason").ShouldBeNull();
        reactivated.Str("tier").ShouldBe("Registered");

        var terminated = await Change(id, "terminate", "Contract ended");
        terminated.Status.ShouldBe(HttpStatusCode.OK, terminated.ToString());
        terminated.Str("status").ShouldBe("Terminated");
        terminated.Str("statusReason").ShouldBe("Contract ended");
        (await _manager.GetJson($"/api/v1/partners/{id}")).Str("status").ShouldBe("Terminated");
    }

    [Fact]
    public async Task A_suspended_partner_can_be_terminated()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        await Change(id, "suspend", "Audit");

        (await Change(id, "terminate", "Audit failed")).Str("status").ShouldBe("Terminated");
    }

    [Theory]
    [InlineData("suspend")]
    [InlineData("reactivate")]
    [InlineData("terminate")]
    public async Task A_status_change_without_a_reason_is_400_naming_reason(string verb)
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var missing = await _manager.PostJson($"/api/v1/partners/{id}/{verb}", new { });
        var blank = await _manager.PostJson($"/api/v1/partners/{id}/{verb}", new { reason = "  " });

        missing.Status.ShouldBe(HttpStatusCode.BadRequest);
        missing.ErrorFields.ShouldBe(["reason"]);
        blank.Status.ShouldBe(HttpStatusCode.BadRequest);
        blank.ErrorFields.ShouldBe(["reason"]);
        (await _manager.GetJson($"/api/v1/partners/{id}")).Str("status").ShouldBe("Active");
    }

    [Fact]
    public async Task Status_changes_from_the_wrong_status_are_409()
    {
        var api = new PartnerApi(_manager);
        var prospect = await api.ProspectAsync();
        var (onboarding, _) = await api.OnboardingAsync();
        var active = await api.ActiveAsync();
        var terminated = await api.ActiveAsync();
        await Change(terminated, "terminate", "Gone");

        (await Change(prospect, "suspend", "x")).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Change(prospect, "terminate", "x")).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Change(onboarding, "suspend", "x")).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Change(active, "reactivate", "x")).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Change(terminated, "suspend", "x")).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Change(terminated, "reactivate", "x")).Status.ShouldBe(HttpStatusCode.Conflict);
        var again = await Change(terminated, "terminate", "x");
        again.Status.ShouldBe(HttpStatusCode.Conflict);
        again.ContentType.ShouldBe("application/problem+json");
        again.Str("detail").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task A_status_change_of_an_unknown_partner_is_404()
    {
        (await Change(Guid.CreateVersion7(), "suspend", "x")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task If_match_with_a_stale_etag_is_412_and_with_the_current_etag_200()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        var current = (await _manager.GetJson($"/api/v1/partners/{id}")).ETag;
        var suspended = await _manager.PostJson($"/api/v1/partners/{id}/suspend", new { reason = "Audit" }, PartnerApi.IfMatch(current));
        suspended.Status.ShouldBe(HttpStatusCode.OK, suspended.ToString());

        var stale = await _manager.PostJson($"/api/v1/partners/{id}/reactivate", new { reason = "Audit passed" }, PartnerApi.IfMatch(current));
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        stale.ContentType.ShouldBe("application/problem+json");
        (await _manager.GetJson($"/api/v1/partners/{id}")).Str("status").ShouldBe("Suspended");

        var fresh = await _manager.PostJson($"/api/v1/partners/{id}/reactivate", new { reason = "Audit passed" }, PartnerApi.IfMatch(suspended.ETag));
        fresh.Status.ShouldBe(HttpStatusCode.OK, fresh.ToString());
        fresh.Str("status").ShouldBe("Active");
        fresh.ETag.ShouldNotBe(suspended.ETag);
    }

    [Fact]
    public async Task If_match_star_matches_any_version()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        (await _manager.PostJson($"/api/v1/partners/{id}/suspend", new { reason = "x" }, PartnerApi.IfMatch("*"))).Status.ShouldBe(HttpStatusCode.OK);
    }

    private Task<Answer> Change(Guid id, string verb, string reason) => _manager.PostJson($"/api/v1/partners/{id}/{verb}", new { reason });
}
