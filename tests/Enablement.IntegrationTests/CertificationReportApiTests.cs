using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>GET /partners/{id}/certifications: active reps, certified reps, the rate, and each rep's certifications; partner-scoped.</summary>
public sealed class CertificationReportApiTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private TrainingApi Api => new(_manager);

    [Fact]
    public async Task The_view_counts_active_reps_only_and_lists_their_certifications()
    {
        var partner = await _partners.ActiveAsync();
        var certified = await _partners.ContactAsync(partner, "SalesRep", "Grace", "Hopper");
        var engineer = await _partners.ContactAsync(partner, "SalesEngineer", "Alan", "Turing");
        var leaver = await _partners.ContactAsync(partner, "SalesRep", "Old", "Leaver");
        await _partners.ContactAsync(partner, "Executive", "Big", "Boss");
        var certification = await Api.CertificationAsync(validityMonths: 12);
        var issued = await Api.PassAsync(certified, certification);
        await Api.PassAsync(leaver, certification);
        await _partners.ApplyAsync(PartnerEvents.ContactDeactivated(partner, leaver));

        var view = await Api.PartnerViewAsync(partner);

        view.Status.ShouldBe(HttpStatusCode.OK, view.ToString());
        view.Str("partnerId").ShouldBe(partner.ToString());
        view.Body["activeReps"]!.GetValue<int>().ShouldBe(2);
        view.Body["certifiedReps"]!.GetValue<int>().ShouldBe(1);
        Number(view.Body, "certificationRate").ShouldBe(50m);
        var reps = view.Body["reps"]!.AsArray().Select(r => r!).ToList();
        reps.Select(r => r["contactId"]!.GetValue<string>()).ShouldBe([certified.ToString(), engineer.ToString()], "active reps only, by last name");
        reps[0]["name"]!.GetValue<string>().ShouldBe("Grace Hopper");
        var held = reps[0]["certifications"]!.AsArray().Single()!;
        held["certificationId"]!.GetValue<string>().ShouldBe(certification.ToString());
        held["repCertificationId"]!.GetValue<string>().ShouldBe(issued["id"]!.GetValue<string>());
        Date(held, "issuedOn").ShouldBe(service.Today);
        Date(held, "expiresOn").ShouldBe(service.Today.AddMonths(12));
        held["status"]!.GetValue<string>().ShouldBe("Active");
        reps[1]["certifications"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_partner_without_reps_has_a_rate_of_0()
    {
        var partner = await _partners.ActiveAsync();

        var view = await Api.PartnerViewAsync(partner);

        view.Status.ShouldBe(HttpStatusCode.OK, view.ToString());
        view.Body["activeReps"]!.GetValue<int>().ShouldBe(0);
        Number(view.Body, "certificationRate").ShouldBe(0m);
    }

    [Fact]
    public async Task The_rate_has_one_decimal()
    {
        var partner = await _partners.ActiveAsync();
        var reps = await _partners.RepsAsync(partner, 3);
        await Api.PassAsync(reps[0], await Api.CertificationAsync());

        Number((await Api.PartnerViewAsync(partner)).Body, "certificationRate").ShouldBe(33.3m);
    }

    [Fact]
    public async Task An_unknown_partner_is_a_404() =>
        (await Api.PartnerViewAsync(Guid.NewGuid())).Status.ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task A_partner_user_sees_its_own_view_and_gets_a_404_for_another_partners()
    {
        var (mine, theirs) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var me = new TrainingApi(service.Client(Roles.Partner, mine));

        (await me.PartnerViewAsync(mine)).Status.ShouldBe(HttpStatusCode.OK);
        (await me.PartnerViewAsync(theirs)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await new TrainingApi(service.Client(Roles.Integration)).PartnerViewAsync(theirs)).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Kpis_are_for_internal_readers_only()
    {
        (await service.Client(Roles.Partner, Guid.NewGuid()).GetJson($"{Base}/kpis")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await service.Client(Roles.Integration).GetJson($"{Base}/kpis")).Status.ShouldBe(HttpStatusCode.OK);
        (await service.Anonymous().GetJson($"{Base}/kpis")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
