using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>At most Escalations:MaxOpenPerSeverity (default 3) open escalations per partner and severity; one more is 409.</summary>
public sealed class EscalationCapApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    private static Task<Answer> Raise(HttpClient client, Guid partnerId, string severity) =>
        client.PostJson($"/api/v1/partners/{partnerId}/escalations", new { severity, subject = "Portal down", description = "Cannot register deals" });

    [Fact]
    public async Task A_fourth_open_escalation_of_a_severity_is_409_and_resolving_one_makes_room()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        var other = await api.ActiveAsync();
        using var partnerUser = service.Client(Roles.Partner, id);
        var raised = new List<Guid>();
        for (var i = 0; i < 3; i++)
            raised.Add((await Raise(partnerUser, id, "Critical")).Id);

        var fourth = await Raise(partnerUser, id, "Critical");

        fourth.Status.ShouldBe(HttpStatusCode.Conflict, fourth.ToString());
        fourth.ContentType.ShouldBe("application/problem+json");
        fourth.Str("detail")!.ShouldContain("3 open Critical escalation(s)");
        (await Raise(partnerUser, id, "High")).Status.ShouldBe(HttpStatusCode.Created, "the cap is per severity");
        (await Raise(_manager, other, "Critical")).Status.ShouldBe(HttpStatusCode.Created, "and per partner");
        (await _manager.PostJson($"/api/v1/escalations/{raised[0]}/resolve", new { resolution = "Fixed" })).Status.ShouldBe(HttpStatusCode.OK);
        (await Raise(partnerUser, id, "Critical")).Status.ShouldBe(HttpStatusCode.Created, "a resolved escalation is not open");
    }

    [Fact]
    public async Task Ten_raises_sent_at_once_open_exactly_three()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Raise(service.Client(Roles.Partner, id), id, "Critical")));

        var all = string.Join(" | ", answers.Select(a => a.ToString()));
        answers.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(3, all);
        answers.Count(a => a.Status == HttpStatusCode.Conflict).ShouldBe(7, all);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM partner.escalations WHERE partner_id = @p0 AND status = 'Open'", id)).ShouldBe(3);
    }

    [Fact]
    public async Task The_cap_is_configuration()
    {
        var strict = service.StartApp(new Dictionary<string, string?> { ["Escalations:MaxOpenPerSeverity"] = "1" });
        using var manager = service.Client(Roles.ChannelManager, app: strict);
        var id = await new PartnerApi(manager).ActiveAsync();

        (await Raise(manager, id, "Low")).Status.ShouldBe(HttpStatusCode.Created);
        (await Raise(manager, id, "Low")).Status.ShouldBe(HttpStatusCode.Conflict);
    }
}
