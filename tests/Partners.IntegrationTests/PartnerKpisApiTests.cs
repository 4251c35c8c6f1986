using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>Program KPIs over this class's own database, so the counts are exact.</summary>
public sealed class PartnerKpisApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task Kpis_count_active_and_new_partners_by_tier_and_type_satisfaction_and_escalations()
    {
        var api = new PartnerApi(_manager);
        var reseller = await api.ActiveAsync("Reseller");
        var msp = await api.ActiveAsync("Msp");
        var referral = await api.ActiveAsync("Referral");
        var suspended = await api.ActiveAsync("Technology");
        var terminated = await api.ActiveAsync("Technology");
        await api.QualifiedAsync();
        await api.ProspectAsync();
        await _manager.PostJson($"/api/v1/partners/{msp}/tier", new { tier = "Gold", reason = "Strategic" });
        await _manager.PostJson($"/api/v1/partners/{suspended}/suspend", new { reason = "Audit" });
        await _manager.PostJson($"/api/v1/partners/{terminated}/terminate", new { reason = "Ended" });
        foreach (var (score, respondent) in new[] { 5, 4, 4, 2, 1 }.Select((score, i) => (score, $"Respondent {i}")))
        {
            using var user = service.ClientNamed(respondent, Roles.ChannelManager);
            (await user.PostJson($"/api/v1/partners/{reseller}/satisfaction-responses", new { score })).Status.ShouldBe(HttpStatusCode.Created);
        }

        var open = await Raise(reseller, "Low");
        var breached = await Raise(msp, "Critical");
        await Raise(referral, "Medium");
        var resolved = await Raise(referral, "High");
        await _manager.PostJson($"/api/v1/escalations/{resolved}/resolve", new { resolution = "Done" });
        await service.Database.ExecuteAsync("UPDATE partner.escalations SET response_due_at = now() - interval '1 hour' WHERE id = @p0", breached);
        open.ShouldNotBe(breached);

        using var integration = service.Client(Roles.Integration);
        var kpis = await integration.GetJson($"/api/v1/partners/kpis?year={DateTime.UtcNow.Year}");

        kpis.Status.ShouldBe(HttpStatusCode.OK, kpis.ToString());
        kpis.Body["activePartners"]!.GetValue<int>().ShouldBe(3);
        kpis.Body["newPartners"]!.GetValue<int>().ShouldBe(5, "activated in the year, whatever their status now");
        Counts(kpis, "byTier").ShouldBe(new Dictionary<string, int> { ["Registered"] = 2, ["Silver"] = 0, ["Gold"] = 1, ["Platinum"] = 0 });
        Counts(kpis, "byType").ShouldBe(new Dictionary<string, int> { ["Reseller"] = 1, ["SystemIntegrator"] = 0, ["Referral"] = 1, ["Technology"] = 0, ["Msp"] = 1 });
        kpis.Body["satisfactionScore"]!.GetValue<decimal>().ShouldBe(60m, "3 of 5 responses scored 4 or 5");
        kpis.Body["openEscalations"]!.GetValue<int>().ShouldBe(3);
        kpis.Body["breachedEscalations"]!.GetValue<int>().ShouldBe(1);

        var anotherYear = await _manager.GetJson("/api/v1/partners/kpis?year=2020");
        anotherYear.Body["newPartners"]!.GetValue<int>().ShouldBe(0);
        anotherYear.Body["activePartners"]!.GetValue<int>().ShouldBe(3);
        (await _manager.GetJson("/api/v1/partners/kpis")).Body["newPartners"]!.GetValue<int>().ShouldBe(5, "the year defaults to the current one");
    }

    [Theory]
    [InlineData("1999")]
    [InlineData("2101")]
    public async Task A_year_out_of_range_is_400_naming_year(string year)
    {
        var answer = await _manager.GetJson($"/api/v1/partners/kpis?year={year}");

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe(["year"]);
    }

    [Fact]
    public async Task Partner_users_do_not_see_program_kpis()
    {
        using var partnerUser = service.Client(Roles.Partner, Guid.CreateVersion7());

        (await partnerUser.GetJson("/api/v1/partners/kpis")).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    private async Task<Guid> Raise(Guid partnerId, string severity)
    {
        var raised = await _manager.PostJson($"/api/v1/partners/{partnerId}/escalations", new { severity, subject = "S", description = "D" });
        raised.Status.ShouldBe(HttpStatusCode.Created, raised.ToString());
        return raised.Id;
    }

    private static Dictionary<string, int> Counts(Answer kpis, string property) =>
        kpis.Body[property]!.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<int>());
}
