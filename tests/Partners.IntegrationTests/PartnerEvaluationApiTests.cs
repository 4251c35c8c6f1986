using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class PartnerEvaluationApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task Top_scores_give_a_fit_of_100_and_qualify_the_prospect()
    {
        var id = await new PartnerApi(_manager).ProspectAsync();

        var evaluation = await _manager.PostJson($"/api/v1/partners/{id}/evaluation", new
        {
            marketReach = 5, technicalCapability = 5, salesCapacity = 5, strategicAlignment = 5, customerBase = 5, notes = "Strong fit",
        });

        evaluation.Status.ShouldBe(HttpStatusCode.OK, evaluation.ToString());
        evaluation.Body["fitScore"]!.GetValue<decimal>().ShouldBe(100m);
        evaluation.Body["qualified"]!.GetValue<bool>().ShouldBeTrue();
        evaluation.Str("status").ShouldBe("Qualified");
        var partner = await _manager.GetJson($"/api/v1/partners/{id}");
        partner.Str("status").ShouldBe("Qualified");
        partner.Body["fitScore"]!.GetValue<decimal>().ShouldBe(100m);
        partner.Body["evaluation"]!["notes"]!.GetValue<string>().ShouldBe("Strong fit");
        partner.Body["evaluation"]!["marketReach"]!.GetValue<int>().ShouldBe(5);
    }

    [Fact]
    public async Task The_weighted_fit_score_below_60_declines_and_a_declined_partner_can_be_evaluated_again()
    {
        var id = await new PartnerApi(_manager).ProspectAsync();

        // 0.25 × 4 + 0.75 × 3 = 3.25 → (3.25 − 1) / 4 × 100 = 56.25 → 56.3 (half away from zero)
        var declined = await _manager.PostJson($"/api/v1/partners/{id}/evaluation", new
        {
            marketReach = 4, technicalCapability = 3, salesCapacity = 3, strategicAlignment = 3, customerBase = 3,
        });
        declined.Status.ShouldBe(HttpStatusCode.OK, declined.ToString());
        declined.Body["fitScore"]!.GetValue<decimal>().ShouldBe(56.3m);
        declined.Str("status").ShouldBe("Declined");
        declined.Body["qualified"]!.GetValue<bool>().ShouldBeFalse();

        // 0.25 × 5 + 0.75 × 3 = 3.5 → 62.5
        var requalified = await _manager.PostJson($"/api/v1/partners/{id}/evaluation", new
        {
            marketReach = 5, technicalCapability = 3, salesCapacity = 3, strategicAlignment = 3, customerBase = 3,
        });
        requalified.Status.ShouldBe(HttpStatusCode.OK, requalified.ToString());
        requalified.Body["fitScore"]!.GetValue<decimal>().ShouldBe(62.5m);
        requalified.Str("status").ShouldBe("Qualified");
        (await _manager.GetJson($"/api/v1/partners/{id}")).Str("status").ShouldBe("Qualified");
    }

    [Fact]
    public async Task The_lowest_scores_give_a_fit_of_0()
    {
        var id = await new PartnerApi(_manager).ProspectAsync();

        var evaluation = await _manager.PostJson($"/api/v1/partners/{id}/evaluation", PartnerApi.LowScores);

        evaluation.Body["fitScore"]!.GetValue<decimal>().ShouldBe(0m);
        evaluation.Str("status").ShouldBe("Declined");
    }

    [Fact]
    public async Task Scores_outside_1_to_5_or_missing_are_400_naming_each_field_and_change_nothing()
    {
        var id = await new PartnerApi(_manager).ProspectAsync();

        var answer = await _manager.PostJson($"/api/v1/partners/{id}/evaluation", new
        {
            marketReach = 0, technicalCapability = 6, salesCapacity = 3, strategicAlignment = -1,
        });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe(["marketReach", "technicalCapability", "strategicAlignment", "customerBase"], ignoreOrder: true);
        (await _manager.GetJson($"/api/v1/partners/{id}")).Str("status").ShouldBe("Prospect");
    }

    [Fact]
    public async Task Evaluating_a_qualified_or_an_active_partner_is_a_409()
    {
        var api = new PartnerApi(_manager);
        var qualified = await api.QualifiedAsync();
        var active = await api.ActiveAsync();

        var again = await _manager.PostJson($"/api/v1/partners/{qualified}/evaluation", PartnerApi.HighScores);
        var ofActive = await _manager.PostJson($"/api/v1/partners/{active}/evaluation", PartnerApi.LowScores);

        again.Status.ShouldBe(HttpStatusCode.Conflict);
        ofActive.Status.ShouldBe(HttpStatusCode.Conflict);
        ofActive.ContentType.ShouldBe("application/problem+json");
        (await api.GetAsync(active)).Str("status").ShouldBe("Active");
    }

    [Fact]
    public async Task Evaluating_an_unknown_partner_is_404()
    {
        var answer = await _manager.PostJson($"/api/v1/partners/{Guid.CreateVersion7()}/evaluation", PartnerApi.HighScores);

        answer.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Evaluation_honours_if_match()
    {
        var created = await _manager.PostJson("/api/v1/partners", PartnerApi.NewPartner());
        var stale = created.ETag;
        (await _manager.PostJson($"/api/v1/partners/{created.Id}/evaluation", PartnerApi.LowScores, PartnerApi.IfMatch(stale))).Status.ShouldBe(HttpStatusCode.OK);

        var conflicting = await _manager.PostJson($"/api/v1/partners/{created.Id}/evaluation", PartnerApi.HighScores, PartnerApi.IfMatch(stale));

        conflicting.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await _manager.GetJson($"/api/v1/partners/{created.Id}")).Str("status").ShouldBe("Declined");
    }
}
