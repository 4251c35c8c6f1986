using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>
/// The satisfaction KPI cannot be gamed by answering often: one answer per respondent, partner and
/// quarter, the latest one counting. A database of its own, so the program KPI is exact.
/// </summary>
public sealed class SatisfactionGamingApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    private static string Path(Guid partner) => $"/api/v1/partners/{partner}/satisfaction-responses";

    [Fact]
    public async Task Five_hundred_answers_from_one_user_move_the_kpi_as_one_answer()
    {
        var partner = await new PartnerApi(_manager).ActiveAsync();
        using var honest = service.ClientNamed("Hana Honest", Roles.ChannelManager);
        (await honest.PostJson(Path(partner), new { score = 5 })).Status.ShouldBe(HttpStatusCode.Created);
        using var gamer = service.ClientNamed("Gary Gamer", Roles.Partner, partner);

        var first = await gamer.PostJson(Path(partner), new { score = 1 });
        for (var i = 1; i < 449; i++)
            (await gamer.PostJson(Path(partner), new { score = 1 })).Status.ShouldBe(HttpStatusCode.OK);
        var burst = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => gamer.PostJson(Path(partner), new { score = 1 })));
        var last = await gamer.PostJson(Path(partner), new { score = 2, comment = "My final word" });

        first.Status.ShouldBe(HttpStatusCode.Created, first.ToString());
        burst.ShouldAllBe(a => a.Status == HttpStatusCode.OK, string.Join(" | ", burst.Where(a => a.Status != HttpStatusCode.OK)));
        last.Status.ShouldBe(HttpStatusCode.OK, last.ToString());
        last.Id.ShouldBe(first.Id, "a second answer replaces the first");
        var kpis = await _manager.GetJson("/api/v1/partners/kpis");
        kpis.Body["satisfactionResponses"]!.GetValue<int>().ShouldBe(2, kpis.ToString());
        kpis.Body["satisfactionScore"]!.GetValue<decimal>().ShouldBe(50m, "one satisfied answer of two respondents");
        var answers = (await _manager.GetJson(Path(partner))).Body["items"]!.AsArray();
        answers.Count.ShouldBe(2);
        answers.Single(a => a!["respondedBy"]!.GetValue<string>() == "Gary Gamer")!["score"]!.GetValue<int>().ShouldBe(2, "the latest answer counts");
    }
}
