using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class QbrApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task A_qbr_is_scheduled_with_201_and_completed_with_its_action_items()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var scheduled = await Schedule(id, "2026-q2");
        scheduled.Status.ShouldBe(HttpStatusCode.Created, scheduled.ToString());
        scheduled.Location.ShouldBe($"/api/v1/partners/{id}/qbrs/{scheduled.Id}");
        scheduled.ETag.ShouldNotBeNullOrEmpty();
        scheduled.Str("quarter").ShouldBe("2026-Q2");
        scheduled.Str("status").ShouldBe("Scheduled");
        scheduled.Body["actionItems"]!.AsArray().ShouldBeEmpty();

        var completed = await _manager.PostJson($"/api/v1/partners/{id}/qbrs/{scheduled.Id}/complete", new
        {
            summary = "  Pipeline up 20 %  ",
            actionItems = new[]
            {
                new { description = "Certify two more reps", owner = "Partner", dueDate = "2026-06-30" },
                new { description = "Joint webinar", owner = "Channel manager", dueDate = "2026-07-15" },
            },
        });

        completed.Status.ShouldBe(HttpStatusCode.OK, completed.ToString());
        completed.Str("status").ShouldBe("Completed");
        completed.Str("summary").ShouldBe("Pipeline up 20 %");
        completed.Str("completedAt").ShouldNotBeNullOrEmpty();
        completed.ETag.ShouldNotBe(scheduled.ETag);
        var items = completed.Body["actionItems"]!.AsArray();
        items.Count.ShouldBe(2);
        items[0]!["description"]!.GetValue<string>().ShouldBe("Certify two more reps");
        items[0]!["owner"]!.GetValue<string>().ShouldBe("Partner");
        items[1]!["dueDate"]!.GetValue<string>().ShouldBe("2026-07-15");
    }

    [Fact]
    public async Task A_second_qbr_for_the_same_quarter_is_a_409()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        (await Schedule(id, "2026-Q3")).Status.ShouldBe(HttpStatusCode.Created);

        var duplicate = await Schedule(id, "2026-q3");

        duplicate.Status.ShouldBe(HttpStatusCode.Conflict);
        duplicate.ContentType.ShouldBe("application/problem+json");
        (await Schedule(id, "2026-Q4")).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Theory]
    [InlineData("2026-Q5")]
    [InlineData("2026Q1")]
    [InlineData("Q1-2026")]
    [InlineData("1999-Q1")]
    [InlineData("")]
    public async Task A_bad_quarter_is_400_naming_quarter(string quarter)
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var answer = await Schedule(id, quarter);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest);
        answer.ErrorFields.ShouldBe(["quarter"]);
    }

    [Fact]
    public async Task A_qbr_needs_a_scheduled_time_and_a_known_partner()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var noTime = await _manager.PostJson($"/api/v1/partners/{id}/qbrs", new { quarter = "2026-Q1" });
        var unknown = await Schedule(Guid.CreateVersion7(), "2026-Q1");

        noTime.Status.ShouldBe(HttpStatusCode.BadRequest);
        noTime.ErrorFields.ShouldBe(["scheduledAt"]);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Completing_a_qbr_twice_is_a_409_and_an_unknown_qbr_is_404()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        var qbr = (await Schedule(id, "2026-Q1")).Id;
        var done = new { summary = "Done", actionItems = Array.Empty<object>() };
        (await _manager.PostJson($"/api/v1/partners/{id}/qbrs/{qbr}/complete", done)).Status.ShouldBe(HttpStatusCode.OK);

        var again = await _manager.PostJson($"/api/v1/partners/{id}/qbrs/{qbr}/complete", done);
        var unknown = await _manager.PostJson($"/api/v1/partners/{id}/qbrs/{Guid.CreateVersion7()}/complete", done);
        var otherPartner = await _manager.PostJson($"/api/v1/partners/{await new PartnerApi(_manager).ActiveAsync()}/qbrs/{qbr}/complete", done);

        again.Status.ShouldBe(HttpStatusCode.Conflict);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        otherPartner.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Completing_needs_a_summary_and_complete_action_items_and_honours_if_match()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        var scheduled = await Schedule(id, "2026-Q1");
        var path = $"/api/v1/partners/{id}/qbrs/{scheduled.Id}/complete";

        var invalid = await _manager.PostJson(path, new { summary = "", actionItems = new[] { new { description = "", owner = "" } } });
        var stale = await _manager.PostJson(path, new { summary = "S", actionItems = Array.Empty<object>() }, PartnerApi.IfMatch("\"v99\""));
        var fresh = await _manager.PostJson(path, new { summary = "S", actionItems = Array.Empty<object>() }, PartnerApi.IfMatch(scheduled.ETag));

        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.ErrorFields.ShouldBe(["summary", "actionItems[0].description", "actionItems[0].owner", "actionItems[0].dueDate"], ignoreOrder: true);
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        fresh.Status.ShouldBe(HttpStatusCode.OK, fresh.ToString());
    }

    [Fact]
    public async Task The_qbr_list_shows_a_partners_qbrs_in_order_and_pages()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        var q1 = (await Schedule(id, "2026-Q1")).Id;
        var q2 = (await Schedule(id, "2026-Q2")).Id;
        var q3 = (await Schedule(id, "2026-Q3")).Id;
        await _manager.PostJson($"/api/v1/partners/{id}/qbrs/{q2}/complete", new { summary = "Done", actionItems = Array.Empty<object>() });

        var all = await _manager.GetJson($"/api/v1/partners/{id}/qbrs");
        var first = await _manager.GetJson($"/api/v1/partners/{id}/qbrs?limit=2");
        var rest = await _manager.GetJson($"/api/v1/partners/{id}/qbrs?limit=2&cursor={first.Str("nextCursor")}");

        all.Status.ShouldBe(HttpStatusCode.OK);
        all.Body["items"]!.AsArray().Select(q => (q!["id"]!.GetValue<string>(), q["status"]!.GetValue<string>()))
            .ShouldBe([(q1.ToString(), "Scheduled"), (q2.ToString(), "Completed"), (q3.ToString(), "Scheduled")]);
        first.Body["items"]!.AsArray().Count.ShouldBe(2);
        rest.Body["items"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe(q3.ToString());
        rest.Str("nextCursor").ShouldBeNull();
        (await _manager.GetJson($"/api/v1/partners/{Guid.CreateVersion7()}/qbrs")).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    private Task<Answer> Schedule(Guid partnerId, string quarter) =>
        _manager.PostJson($"/api/v1/partners/{partnerId}/qbrs", new { quarter, scheduledAt = "2026-04-15T09:00:00Z" });
}
