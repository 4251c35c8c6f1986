using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class SatisfactionApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task A_score_from_1_to_5_is_recorded_with_201(int score)
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var answer = await _manager.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score, comment = "  Good support " });

        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Location.ShouldBe($"/api/v1/partners/{id}/satisfaction-responses/{answer.Id}");
        answer.Body["score"]!.GetValue<int>().ShouldBe(score);
        answer.Str("comment").ShouldBe("Good support");
        answer.Str("respondedAt").ShouldNotBeNullOrEmpty();
    }

    [Theory]
    [InlineData("{ \"score\": 0 }")]
    [InlineData("{ \"score\": 6 }")]
    [InlineData("{ \"score\": -3 }")]
    [InlineData("{ }")]
    public async Task A_score_outside_1_to_5_or_missing_is_400_naming_score(string body)
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var answer = await _manager.PostJson($"/api/v1/partners/{id}/satisfaction-responses", body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe(["score"]);
        (await _manager.GetJson($"/api/v1/partners/{id}/satisfaction-responses")).Body["items"]!.AsArray().ShouldBeEmpty();
    }

    [Fact]
    public async Task A_partner_user_answers_for_its_own_partner()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        using var partnerUser = service.ClientNamed("Pat Partner", Roles.Partner, id);

        var answer = await partnerUser.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score = 4 });

        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Str("partnerId").ShouldBe(id.ToString());
        answer.Str("respondedBy").ShouldBe("Pat Partner");
        var list = await _manager.GetJson($"/api/v1/partners/{id}/satisfaction-responses");
        list.Body["items"]!.AsArray().Single()!["score"]!.GetValue<int>().ShouldBe(4);
    }

    [Fact]
    public async Task Answering_again_in_the_quarter_replaces_the_answer_and_other_respondents_keep_theirs()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        using var ann = service.ClientNamed("Ann", Roles.Partner, id);
        using var bob = service.ClientNamed("Bob", Roles.Partner, id);

        var first = await ann.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score = 2, comment = "Slow" });
        (await bob.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score = 4 })).Status.ShouldBe(HttpStatusCode.Created);
        var second = await ann.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score = 5 });

        first.Status.ShouldBe(HttpStatusCode.Created, first.ToString());
        first.Str("quarter").ShouldBe($"{DateTime.UtcNow.Year}-Q{((DateTime.UtcNow.Month - 1) / 3) + 1}");
        second.Status.ShouldBe(HttpStatusCode.OK, second.ToString());
        second.Id.ShouldBe(first.Id);
        second.Str("comment").ShouldBeNull("the answer is replaced, comment included");
        second.Str("version").ShouldBe("v2");
        var items = (await _manager.GetJson($"/api/v1/partners/{id}/satisfaction-responses")).Body["items"]!.AsArray();
        items.Select(i => (i!["respondedBy"]!.GetValue<string>(), i["score"]!.GetValue<int>())).OrderBy(x => x.Item1).ShouldBe([("Ann", 5), ("Bob", 4)]);
    }

    [Fact]
    public async Task An_answer_in_a_new_quarter_is_a_new_response()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        using var ann = service.ClientNamed("Ann", Roles.Partner, id);
        var earlier = await ann.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score = 2 });
        await service.Database.ExecuteAsync(
            "UPDATE partner.satisfaction_responses SET quarter = '2000-Q1', responded_at = responded_at - interval '3 months' WHERE id = @p0", earlier.Id);

        var now = await ann.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score = 4 });

        now.Status.ShouldBe(HttpStatusCode.Created, now.ToString());
        now.Id.ShouldNotBe(earlier.Id);
        (await _manager.GetJson($"/api/v1/partners/{id}/satisfaction-responses")).Body["items"]!.AsArray().Count.ShouldBe(2);
    }

    [Fact]
    public async Task Twenty_first_answers_sent_at_once_by_one_user_leave_one_response()
    {
        var partner = await new PartnerApi(_manager).ActiveAsync();
        using var user = service.ClientNamed("Rita Racer", Roles.Partner, partner);

        var answers = await Task.WhenAll(Enumerable.Range(1, 20).Select(i => user.PostJson($"/api/v1/partners/{partner}/satisfaction-responses", new { score = 1 + (i % 5) })));

        var all = string.Join(" | ", answers.Select(a => a.ToString()));
        answers.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(1, all);
        answers.Count(a => a.Status == HttpStatusCode.OK).ShouldBe(19, all);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM partner.satisfaction_responses WHERE partner_id = @p0", partner)).ShouldBe(1);
    }

    [Fact]
    public async Task Responses_are_listed_for_internal_readers_only()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        await _manager.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score = 2 });
        using var integration = service.Client(Roles.Integration);
        using var partnerUser = service.Client(Roles.Partner, id);

        (await integration.GetJson($"/api/v1/partners/{id}/satisfaction-responses")).Body["items"]!.AsArray().Count.ShouldBe(1);
        (await partnerUser.GetJson($"/api/v1/partners/{id}/satisfaction-responses")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await integration.PostJson($"/api/v1/partners/{id}/satisfaction-responses", new { score = 5 })).Status.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Answering_for_an_unknown_partner_is_404()
    {
        var answer = await _manager.PostJson($"/api/v1/partners/{Guid.CreateVersion7()}/satisfaction-responses", new { score = 3 });

        answer.Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
