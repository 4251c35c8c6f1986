using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>The 80 % target: alone in its database, so the program-wide KPIs are exactly this test's partners.</summary>
public sealed class KpiApiTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private TrainingApi Api => new(_manager);

    [Fact]
    public async Task Certifying_8_of_a_partners_10_reps_is_80_percent_in_the_partner_view_and_the_kpis()
    {
        var partner = await _partners.ActiveAsync();
        var reps = await _partners.RepsAsync(partner, 10);
        await _partners.ContactAsync(partner, "Admin");
        var course = await Api.PublishedCourseAsync();
        var certification = await Api.CertificationAsync([course]);
        foreach (var rep in reps.Take(8))
        {
            (await Api.CompleteAsync(rep, course)).Status.ShouldBe(HttpStatusCode.Created);
            await Api.PassAsync(rep, certification);
        }

        (await Api.AttemptAsync(reps[9], certification, 100)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity, "no course completed");
        (await Api.CompleteAsync(reps[8], course)).Status.ShouldBe(HttpStatusCode.Created);
        (await Api.AttemptAsync(reps[8], certification, 10)).Body["passed"]!.GetValue<bool>().ShouldBeFalse();

        var view = await Api.PartnerViewAsync(partner);
        var kpis = await _manager.GetJson($"{Base}/kpis");

        view.Status.ShouldBe(HttpStatusCode.OK, view.ToString());
        view.Body["activeReps"]!.GetValue<int>().ShouldBe(10);
        view.Body["certifiedReps"]!.GetValue<int>().ShouldBe(8);
        Number(view.Body, "certificationRate").ShouldBe(80m);
        view.Body["reps"]!.AsArray().Count.ShouldBe(10);
        kpis.Status.ShouldBe(HttpStatusCode.OK, kpis.ToString());
        kpis.Body["activeReps"]!.GetValue<int>().ShouldBe(10);
        kpis.Body["certifiedReps"]!.GetValue<int>().ShouldBe(8);
        Number(kpis.Body, "certificationRate").ShouldBe(80m);
        kpis.Body["partnersAtTarget"]!.GetValue<int>().ShouldBe(1);
        kpis.Body["partners"]!.GetValue<int>().ShouldBe(1);
        Number(kpis.Body, "targetRate").ShouldBe(80m);

        // A second partner with two uncertified reps: the program rate falls, the first partner stays at target.
        var behind = await _partners.ActiveAsync();
        await _partners.RepsAsync(behind, 2);
        var two = await _manager.GetJson($"{Base}/kpis");
        two.Body["activeReps"]!.GetValue<int>().ShouldBe(12);
        Number(two.Body, "certificationRate").ShouldBe(66.7m);
        two.Body["partnersAtTarget"]!.GetValue<int>().ShouldBe(1);
        two.Body["partners"]!.GetValue<int>().ShouldBe(2);

        // One more rep at the first partner: 8 of 11 is 72.7 %, below the target.
        await _partners.ContactAsync(partner, "SalesEngineer");
        Number((await Api.PartnerViewAsync(partner)).Body, "certificationRate").ShouldBe(72.7m);
        (await _manager.GetJson($"{Base}/kpis")).Body["partnersAtTarget"]!.GetValue<int>().ShouldBe(0);
    }
}
