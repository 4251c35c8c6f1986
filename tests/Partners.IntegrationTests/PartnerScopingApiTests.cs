using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>A partner user sees its own partner only; another partner's id answers 404, never 403.</summary>
public sealed class PartnerScopingApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>, IAsyncLifetime
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private Guid _a;
    private Guid _b;
    private Guid _contactOfB;

    public async Task InitializeAsync()
    {
        var api = new PartnerApi(_manager);
        _a = await api.ActiveAsync();
        _b = await api.ActiveAsync();
        await api.ContactAsync(_a);
        _contactOfB = await api.ContactAsync(_b);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_route_naming_another_partner_answers_404_not_403()
    {
        using var userOfA = service.Client(Roles.Partner, _a);

        var answers = new Dictionary<string, Answer>
        {
            ["get"] = await userOfA.GetJson($"/api/v1/partners/{_b}"),
            ["contacts"] = await userOfA.GetJson($"/api/v1/partners/{_b}/contacts"),
            ["agreements"] = await userOfA.GetJson($"/api/v1/partners/{_b}/agreements"),
            ["tier-evaluation"] = await userOfA.GetJson($"/api/v1/partners/{_b}/tier-evaluation"),
            ["satisfaction"] = await userOfA.PostJson($"/api/v1/partners/{_b}/satisfaction-responses", new { score = 1 }),
            ["escalation"] = await userOfA.PostJson($"/api/v1/partners/{_b}/escalations", new { severity = "Low", subject = "S", description = "D" }),
        };

        foreach (var (route, answer) in answers)
        {
            answer.Status.ShouldBe(HttpStatusCode.NotFound, $"{route}: {answer}");
            answer.Text.ShouldNotContain(_contactOfB.ToString());
        }

        (await _manager.GetJson($"/api/v1/partners/{_b}/satisfaction-responses")).Body["items"]!.AsArray().ShouldBeEmpty();
        (await _manager.GetJson($"/api/v1/escalations?partnerId={_b}")).Body["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task Another_partners_id_answers_exactly_like_an_unknown_id()
    {
        using var userOfA = service.Client(Roles.Partner, _a);

        var other = await userOfA.GetJson($"/api/v1/partners/{_b}");
        var unknown = await userOfA.GetJson($"/api/v1/partners/{Guid.CreateVersion7()}");

        other.Status.ShouldBe(unknown.Status);
        other.Str("title").ShouldBe(unknown.Str("title"));
    }

    [Fact]
    public async Task The_partner_list_of_a_partner_user_holds_its_own_partner_only()
    {
        using var userOfA = service.Client(Roles.Partner, _a);

        var all = await userOfA.GetJson("/api/v1/partners");
        var filtered = await userOfA.GetJson("/api/v1/partners?status=Active&limit=200");

        all.Status.ShouldBe(HttpStatusCode.OK);
        all.Body["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ShouldBe([_a.ToString()]);
        filtered.Body["items"]!.AsArray().Select(p => p!["id"]!.GetValue<string>()).ShouldBe([_a.ToString()]);
    }

    [Fact]
    public async Task A_partner_user_reads_its_own_partner_contacts_agreements_and_tier_evaluation()
    {
        using var userOfA = service.Client(Roles.Partner, _a);

        var partner = await userOfA.GetJson($"/api/v1/partners/{_a}");
        var contacts = await userOfA.GetJson($"/api/v1/partners/{_a}/contacts");
        var agreements = await userOfA.GetJson($"/api/v1/partners/{_a}/agreements");
        var evaluation = await userOfA.GetJson($"/api/v1/partners/{_a}/tier-evaluation");

        partner.Status.ShouldBe(HttpStatusCode.OK);
        partner.Id.ShouldBe(_a);
        contacts.Status.ShouldBe(HttpStatusCode.OK);
        contacts.Body["items"]!.AsArray().Count.ShouldBe(1);
        agreements.Body["items"]!.AsArray().Count.ShouldBe(1);
        evaluation.Status.ShouldBe(HttpStatusCode.OK);
        evaluation.Str("currentTier").ShouldBe("Registered");
    }

    [Fact]
    public async Task A_partner_user_gets_403_on_manager_only_commands_even_for_its_own_partner()
    {
        using var userOfA = service.Client(Roles.Partner, _a);

        (await userOfA.PostJson($"/api/v1/partners/{_a}/tier", new { tier = "Platinum", reason = "Self-service" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await userOfA.PostJson($"/api/v1/partners/{_a}/evaluation", PartnerApi.HighScores)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await userOfA.PostJson($"/api/v1/partners/{_a}/contacts", new { firstName = "A", lastName = "B", email = "self@partner.example", role = "SalesRep" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await userOfA.PostJson($"/api/v1/partners/{_a}/suspend", new { reason = "x" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await userOfA.GetJson($"/api/v1/partners/{_a}/qbrs")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await userOfA.GetJson("/api/v1/escalations")).Status.ShouldBe(HttpStatusCode.Forbidden);
        var partner = await _manager.GetJson($"/api/v1/partners/{_a}");
        partner.Str("tier").ShouldBe("Registered");
        partner.Str("status").ShouldBe("Active");
    }

    [Fact]
    public async Task A_partner_token_without_a_partner_id_is_refused_where_partner_users_may_act()
    {
        using var noPartner = service.Client(Roles.Partner);

        (await noPartner.PostJson($"/api/v1/partners/{_a}/satisfaction-responses", new { score = 5 })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await noPartner.PostJson($"/api/v1/partners/{_a}/escalations", new { severity = "Low", subject = "S", description = "D" })).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_partner_token_without_a_partner_id_reads_no_partner_data()
    {
        using var noPartner = service.Client(Roles.Partner);

        var list = await noPartner.GetJson("/api/v1/partners");
        var get = await noPartner.GetJson($"/api/v1/partners/{_a}");
        var contacts = await noPartner.GetJson($"/api/v1/partners/{_a}/contacts");
        var evaluation = await noPartner.GetJson($"/api/v1/partners/{_a}/tier-evaluation");

        (list.Status is HttpStatusCode.Forbidden || list.Body["items"]!.AsArray().Count == 0).ShouldBeTrue(list.ToString());
        get.Status.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        contacts.Status.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
        evaluation.Status.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.NotFound);
    }
}
