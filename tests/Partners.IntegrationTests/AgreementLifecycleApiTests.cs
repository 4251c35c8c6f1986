using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class AgreementLifecycleApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task Drafting_an_agreement_answers_201_and_moves_a_qualified_partner_to_onboarding()
    {
        var id = await new PartnerApi(_manager).QualifiedAsync("Referral");

        var draft = await _manager.PostJson($"/api/v1/partners/{id}/agreements", new { effectiveFrom = "2026-01-01", commissionPercent = 12.5m });

        draft.Status.ShouldBe(HttpStatusCode.Created, draft.ToString());
        draft.Location.ShouldBe($"/api/v1/partners/{id}/agreements/{draft.Id}");
        draft.ETag.ShouldNotBeNullOrEmpty();
        draft.Str("status").ShouldBe("Draft");
        draft.Str("partnerStatus").ShouldBe("Onboarding");
        draft.Body["commissionPercent"]!.GetValue<decimal>().ShouldBe(12.5m);
        draft.Body["marginPercent"].ShouldBeNull();
        var partner = await _manager.GetJson($"/api/v1/partners/{id}");
        partner.Str("status").ShouldBe("Onboarding");
        partner.Body["tier"].ShouldBeNull();
    }

    [Fact]
    public async Task Signing_the_first_agreement_activates_the_partner_as_registered()
    {
        var (id, agreement) = await new PartnerApi(_manager).OnboardingAsync();

        var signed = await _manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement}/sign", new { signedBy = "  Jane CEO " });

        signed.Status.ShouldBe(HttpStatusCode.OK, signed.ToString());
        signed.Str("status").ShouldBe("Active");
        signed.Str("signedBy").ShouldBe("Jane CEO");
        signed.Str("signedAt").ShouldNotBeNullOrEmpty();
        signed.Str("partnerStatus").ShouldBe("Active");
        var partner = await _manager.GetJson($"/api/v1/partners/{id}");
        partner.Str("status").ShouldBe("Active");
        partner.Str("tier").ShouldBe("Registered");
        partner.Str("activatedAt").ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task An_active_partner_renewing_stays_active_and_the_new_signature_supersedes_the_old_agreement()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        var first = Guid.Parse((await _manager.GetJson($"/api/v1/partners/{id}/agreements")).Body["items"]![0]!["id"]!.GetValue<string>());

        var renewal = await _manager.PostJson($"/api/v1/partners/{id}/agreements", new { effectiveFrom = "2027-01-01", marginPercent = 22 });
        renewal.Status.ShouldBe(HttpStatusCode.Created, renewal.ToString());
        renewal.Str("partnerStatus").ShouldBe("Active");
        (await api.GetAsync(id)).Str("status").ShouldBe("Active");
        Statuses(await _manager.GetJson($"/api/v1/partners/{id}/agreements")).ShouldBe([(first, "Active"), (renewal.Id, "Draft")]);

        var signed = await _manager.PostJson($"/api/v1/partners/{id}/agreements/{renewal.Id}/sign", new { signedBy = "CFO" });

        signed.Status.ShouldBe(HttpStatusCode.OK, signed.ToString());
        Statuses(await _manager.GetJson($"/api/v1/partners/{id}/agreements")).ShouldBe([(first, "Superseded"), (renewal.Id, "Active")]);
        var partner = await api.GetAsync(id);
        partner.Str("status").ShouldBe("Active");
        partner.Str("tier").ShouldBe("Registered");
    }

    [Fact]
    public async Task Signing_an_agreement_twice_is_a_409()
    {
        var (id, agreement) = await new PartnerApi(_manager).OnboardingAsync();
        (await _manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement}/sign", new { signedBy = "CEO" })).Status.ShouldBe(HttpStatusCode.OK);

        var again = await _manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement}/sign", new { signedBy = "CEO" });

        again.Status.ShouldBe(HttpStatusCode.Conflict);
        again.ContentType.ShouldBe("application/problem+json");
    }

    [Fact]
    public async Task An_unknown_agreement_or_partner_is_404()
    {
        var (id, agreement) = await new PartnerApi(_manager).OnboardingAsync();

        var unknownAgreement = await _manager.PostJson($"/api/v1/partners/{id}/agreements/{Guid.CreateVersion7()}/sign", new { signedBy = "CEO" });
        var anotherPartnersAgreement = await _manager.PostJson($"/api/v1/partners/{await new PartnerApi(_manager).ActiveAsync()}/agreements/{agreement}/sign", new { signedBy = "CEO" });
        var unknownPartner = await _manager.PostJson($"/api/v1/partners/{Guid.CreateVersion7()}/agreements", PartnerApi.TermsFor("Reseller"));
        var unknownList = await _manager.GetJson($"/api/v1/partners/{Guid.CreateVersion7()}/agreements");

        unknownAgreement.Status.ShouldBe(HttpStatusCode.NotFound);
        anotherPartnersAgreement.Status.ShouldBe(HttpStatusCode.NotFound);
        unknownPartner.Status.ShouldBe(HttpStatusCode.NotFound);
        unknownList.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Agreements_are_only_drafted_once_a_partner_is_qualified()
    {
        var api = new PartnerApi(_manager);
        var prospect = await api.ProspectAsync();
        var declined = await api.ProspectAsync();
        await _manager.PostJson($"/api/v1/partners/{declined}/evaluation", PartnerApi.LowScores);

        (await _manager.PostJson($"/api/v1/partners/{prospect}/agreements", PartnerApi.TermsFor("Reseller"))).Status.ShouldBe(HttpStatusCode.Conflict);
        (await _manager.PostJson($"/api/v1/partners/{declined}/agreements", PartnerApi.TermsFor("Reseller"))).Status.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Signing_needs_a_signer_and_honours_if_match()
    {
        var (id, agreement) = await new PartnerApi(_manager).OnboardingAsync();
        var current = (await _manager.GetJson($"/api/v1/partners/{id}")).ETag;

        var unsigned = await _manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement}/sign", new { signedBy = "" });
        var stale = await _manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement}/sign", new { signedBy = "CEO" }, PartnerApi.IfMatch("\"v1\""));
        var fresh = await _manager.PostJson($"/api/v1/partners/{id}/agreements/{agreement}/sign", new { signedBy = "CEO" }, PartnerApi.IfMatch(current));

        unsigned.Status.ShouldBe(HttpStatusCode.BadRequest);
        unsigned.ErrorFields.ShouldBe(["signedBy"]);
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        fresh.Status.ShouldBe(HttpStatusCode.OK, fresh.ToString());
    }

    private static List<(Guid, string)> Statuses(Answer list) =>
        list.Body["items"]!.AsArray().Select(a => (Guid.Parse(a!["id"]!.GetValue<string>()), a["status"]!.GetValue<string>())).ToList();
}
