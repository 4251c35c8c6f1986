using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.CrossServiceRequests;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>One partner's QBR view from the real services, each part checked against what was done through the gateway.</summary>
[Collection(FullPlatformCollection.Name)]
public sealed class PartnerScorecardTests(FullPlatformFixture platform)
{
    [Fact]
    public async Task A_channel_manager_sees_the_partners_quarter_composed_from_every_service()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager, name: "Dana Channel");
        var partner = await manager.ActivePartnerAsync();
        await ProgramData.CertifyRepsAsync(manager, partner, reps: 2, certified: 1);
        // Two respondents (one answer each per quarter counts): one satisfied, one not.
        await ProgramData.AnswerSurveyAsync(manager, partner, 5);
        using (var colleague = await platform.ClientAsync(Roles.ChannelManager, name: "Sam Colleague"))
            await ProgramData.AnswerSurveyAsync(colleague, partner, 3);
        (await manager.PostJson($"/api/v1/partners/{partner}/escalations", new { severity = "Low", subject = "Slow MDF answers", description = "Two weeks without reply" })).Status.ShouldBe(HttpStatusCode.Created);
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partner);
        await ProgramData.DecidedDealAsync(manager, partnerUser, approve: true);

        // The certification reaches Partner's tier evaluation by event.
        var card = await Eventually.Get(
            async () =>
            {
                var answer = await manager.GetJson($"/api/v1/partners/{partner}/scorecard");
                answer.Status.ShouldBe(HttpStatusCode.OK, answer.ToString());
                return answer.Body["tier"]?["certifiedReps"]?.GetValue<int>() == 1 ? answer.Body : null;
            },
            EventTimeout,
            "the partner scorecard to count the certified rep in the tier evaluation");

        card["partner"]!["status"]!.GetValue<string>().ShouldBe("Active");
        card["quarter"]!.GetValue<string>().ShouldBe($"{platform.Clock.Today.Year}-Q{((platform.Clock.Today.Month - 1) / 3) + 1}");
        card["tier"]!["currentTier"]!.GetValue<string>().ShouldBe("Registered");
        card["tier"]!["nextTier"]!["tier"]!.GetValue<string>().ShouldBe("Silver");
        card["tier"]!["nextTier"]!["certifiedRepsGap"]!.GetValue<int>().ShouldBe(1);
        card["tier"]!["nextTier"]!["revenueGap"]!.GetValue<decimal>().ShouldBe(100_000m);
        card["certification"]!["activeReps"]!.GetValue<int>().ShouldBe(2);
        card["certification"]!["rate"]!["value"]!.GetValue<decimal>().ShouldBe(50m);
        card["certification"]!["rate"]!["status"]!.GetValue<string>().ShouldBe("OffTrack");
        card["satisfaction"]!["responses"]!.GetValue<int>().ShouldBe(2);
        card["satisfaction"]!["score"]!["value"]!.GetValue<decimal>().ShouldBe(50m);
        card["escalations"]!["open"]!.GetValue<int>().ShouldBe(1);
        card["escalations"]!["breached"]!.GetValue<int>().ShouldBe(0);
        card["dealRegistration"]!["submitted"]!.GetValue<int>().ShouldBe(1);
        card["dealRegistration"]!["approved"]!.GetValue<int>().ShouldBe(1);
        card["dealRegistration"]!["turnaround"]!["status"]!.GetValue<string>().ShouldBe("OnTrack");
        if (platform.HasRevenue)
        {
            card["unavailable"]!.AsArray().ShouldBeEmpty();
            card["pipeline"].ShouldNotBeNull();
            card["forecast"].ShouldNotBeNull();
        }
        else
        {
            card["unavailable"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldBe(["Revenue"]);
            card["pipeline"].ShouldBeNull();
        }
    }

    [Fact]
    public async Task A_partner_user_gets_its_own_scorecard_and_404_for_another_partner()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager);
        var own = await manager.ActivePartnerAsync();
        var other = await manager.ActivePartnerAsync();
        using var partnerUser = await platform.ClientAsync(Roles.Partner, own);

        var mine = await partnerUser.GetJson($"/api/v1/partners/{own}/scorecard");
        mine.Status.ShouldBe(HttpStatusCode.OK, mine.ToString());
        mine.Body["partner"]!["status"]!.GetValue<string>().ShouldBe("Active");
        mine.Body["tier"].ShouldNotBeNull();
        mine.Body["satisfaction"].ShouldBeNull(); // internal data
        var theirs = await partnerUser.GetJson($"/api/v1/partners/{other}/scorecard");
        theirs.Status.ShouldBe(HttpStatusCode.NotFound, theirs.ToString());
        theirs.Text.ShouldNotContain("\"name\"");
        (await manager.GetJson($"/api/v1/partners/{Guid.CreateVersion7()}/scorecard")).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
