using System.Globalization;
using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

public sealed class EscalationApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Theory]
    [InlineData("Low", 168)]
    [InlineData("Medium", 72)]
    [InlineData("high", 24)]
    [InlineData("Critical", 4)]
    public async Task An_escalation_is_raised_with_the_response_sla_of_its_severity(string severity, int hours)
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var raised = await Raise(id, severity);

        raised.Status.ShouldBe(HttpStatusCode.Created, raised.ToString());
        raised.Location.ShouldBe($"/api/v1/escalations/{raised.Id}");
        raised.ETag.ShouldNotBeNullOrEmpty();
        raised.Str("status").ShouldBe("Open");
        raised.Body["breached"]!.GetValue<bool>().ShouldBeFalse();
        (Time(raised, "responseDueAt") - Time(raised, "raisedAt")).ShouldBe(TimeSpan.FromHours(hours));
    }

    [Fact]
    public async Task A_partner_user_raises_an_escalation_for_its_own_partner()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        using var partnerUser = service.ClientNamed("Pat Partner", Roles.Partner, id);

        var raised = await partnerUser.PostJson($"/api/v1/partners/{id}/escalations", new { severity = "High", subject = "Portal down", description = "Cannot register deals" });

        raised.Status.ShouldBe(HttpStatusCode.Created, raised.ToString());
        raised.Str("raisedBy").ShouldBe("Pat Partner");
        raised.Str("partnerId").ShouldBe(id.ToString());
    }

    [Fact]
    public async Task An_invalid_escalation_is_400_naming_the_fields_and_an_unknown_partner_404()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var invalid = await _manager.PostJson($"/api/v1/partners/{id}/escalations", new { severity = "Urgent", subject = "" });
        var unknown = await Raise(Guid.CreateVersion7(), "Low");

        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.ErrorFields.ShouldBe(["severity", "subject", "description"], ignoreOrder: true);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_escalation_is_resolved_once_then_409()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        var raised = await Raise(id, "Medium");

        var resolved = await _manager.PostJson($"/api/v1/escalations/{raised.Id}/resolve", new { resolution = "  Fixed the portal " });
        var again = await _manager.PostJson($"/api/v1/escalations/{raised.Id}/resolve", new { resolution = "Again" });

        resolved.Status.ShouldBe(HttpStatusCode.OK, resolved.ToString());
        resolved.Str("status").ShouldBe("Resolved");
        resolved.Str("resolution").ShouldBe("Fixed the portal");
        resolved.Str("resolvedAt").ShouldNotBeNullOrEmpty();
        resolved.Body["breached"]!.GetValue<bool>().ShouldBeFalse();
        again.Status.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Resolving_needs_a_resolution_a_known_escalation_and_a_current_if_match()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        var raised = await Raise(id, "Low");

        var noResolution = await _manager.PostJson($"/api/v1/escalations/{raised.Id}/resolve", new { });
        var unknown = await _manager.PostJson($"/api/v1/escalations/{Guid.CreateVersion7()}/resolve", new { resolution = "x" });
        var stale = await _manager.PostJson($"/api/v1/escalations/{raised.Id}/resolve", new { resolution = "x" }, PartnerApi.IfMatch("\"v7\""));
        var fresh = await _manager.PostJson($"/api/v1/escalations/{raised.Id}/resolve", new { resolution = "x" }, PartnerApi.IfMatch(raised.ETag));

        noResolution.Status.ShouldBe(HttpStatusCode.BadRequest);
        noResolution.ErrorFields.ShouldBe(["resolution"]);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        fresh.Status.ShouldBe(HttpStatusCode.OK, fresh.ToString());
    }

    [Fact]
    public async Task Open_escalations_past_their_due_time_are_listed_as_breached()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();
        var overdue = (await Raise(id, "Critical")).Id;
        var onTime = (await Raise(id, "Critical")).Id;
        var resolvedLate = (await Raise(id, "High")).Id;
        await service.Database.ExecuteAsync("UPDATE partner.escalations SET response_due_at = now() - interval '1 hour' WHERE id = @p0", overdue);
        await service.Database.ExecuteAsync("UPDATE partner.escalations SET response_due_at = now() - interval '1 hour' WHERE id = @p0", resolvedLate);
        await _manager.PostJson($"/api/v1/escalations/{resolvedLate}/resolve", new { resolution = "Late" });

        // Only this test of the class makes escalations breached, so the unfiltered list is exact.
        var breachedOpen = await _manager.GetJson("/api/v1/escalations?status=Open&breached=true");
        var notBreached = await _manager.GetJson($"/api/v1/escalations?status=Open&breached=false&partnerId={id}");
        var allBreached = await _manager.GetJson($"/api/v1/escalations?breached=true&partnerId={id}");

        breachedOpen.Status.ShouldBe(HttpStatusCode.OK, breachedOpen.ToString());
        Ids(breachedOpen).ShouldBe([overdue]);
        breachedOpen.Body["items"]![0]!["breached"]!.GetValue<bool>().ShouldBeTrue();
        Ids(notBreached).ShouldBe([onTime]);
        Ids(allBreached).ShouldBe([overdue, resolvedLate]);
    }

    [Fact]
    public async Task The_escalation_list_filters_by_status_severity_and_partner_and_pages()
    {
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        var other = await api.ActiveAsync();
        var low = (await Raise(id, "Low")).Id;
        var high = (await Raise(id, "High")).Id;
        var critical = (await Raise(id, "Critical")).Id;
        var othersEscalation = (await Raise(other, "Low")).Id;
        await _manager.PostJson($"/api/v1/escalations/{high}/resolve", new { resolution = "Done" });

        Ids(await _manager.GetJson($"/api/v1/escalations?partnerId={id}")).ShouldBe([low, high, critical]);
        Ids(await _manager.GetJson($"/api/v1/escalations?partnerId={id}&status=Resolved")).ShouldBe([high]);
        Ids(await _manager.GetJson($"/api/v1/escalations?partnerId={id}&severity=critical")).ShouldBe([critical]);
        Ids(await _manager.GetJson($"/api/v1/escalations?partnerId={other}")).ShouldBe([othersEscalation]);
        var first = await _manager.GetJson($"/api/v1/escalations?partnerId={id}&limit=2");
        Ids(first).ShouldBe([low, high]);
        Ids(await _manager.GetJson($"/api/v1/escalations?partnerId={id}&limit=2&cursor={first.Str("nextCursor")}")).ShouldBe([critical]);
        (await _manager.GetJson("/api/v1/escalations?status=Closed")).ErrorFields.ShouldBe(["status"]);
        (await _manager.GetJson("/api/v1/escalations?severity=Urgent")).ErrorFields.ShouldBe(["severity"]);
        (await _manager.GetJson("/api/v1/escalations?limit=0")).ErrorFields.ShouldBe(["limit"]);
    }

    private Task<Answer> Raise(Guid partnerId, string severity) =>
        _manager.PostJson($"/api/v1/partners/{partnerId}/escalations", new { severity, subject = "Payout late", description = "Q1 payout not received" });

    private static DateTimeOffset Time(Answer answer, string field) => DateTimeOffset.Parse(answer.Str(field)!, CultureInfo.InvariantCulture);

    private static List<Guid> Ids(Answer page) => page.Body["items"]!.AsArray().Select(e => Guid.Parse(e!["id"]!.GetValue<string>())).ToList();
}
