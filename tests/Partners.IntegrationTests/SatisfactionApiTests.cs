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
