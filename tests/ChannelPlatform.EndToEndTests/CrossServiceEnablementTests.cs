using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.CrossServiceRequests;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// Enablement's "done means" across services: contacts added through the Partner API build the roster, and the
/// certifications earned reach Partner's tier evaluation, every request through the gateway (see <see cref="CrossServiceTests"/>).
/// </summary>
[Collection(FullPlatformCollection.Name)]
public sealed class CrossServiceEnablementTests(FullPlatformFixture platform)
{
    [Fact]
    public async Task Enablement_done_means_eight_of_ten_reps_certified_is_80_percent_and_Partner_counts_the_verified_ones_for_its_tier()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager, name: "Dana Channel");
        var partner = await manager.ActivePartnerAsync();

        // Ten SalesReps in one request; their contact-added events build Enablement's roster.
        var bulk = await manager.PostJson($"/api/v1/partners/{partner}/contacts/bulk", new { contacts = Enumerable.Range(1, 10).Select(i => PartnerRequests.Contact(i)).ToArray() });
        bulk.Status.ShouldBe(HttpStatusCode.OK, bulk.ToString());
        bulk.Body["created"]!.GetValue<int>().ShouldBe(10, bulk.ToString());
        var reps = bulk.Body["results"]!.AsArray().Select(r => Guid.Parse(r!["contact"]!["id"]!.GetValue<string>())).ToList();

        await Eventually.True(
            async () =>
            {
                var roster = await manager.GetJson($"/api/v1/enablement/partners/{partner}/certifications");
                return roster.Status == HttpStatusCode.OK && roster.Body["activeReps"]!.GetValue<int>() == 10;
            },
            EventTimeout,
            "Enablement's roster to hold the partner's ten active reps");

        // A published course and a certification requiring it.
        var course = await manager.PostJson("/api/v1/enablement/courses", new { title = "Selling the Suite", product = UniqueProduct(), level = "Foundation", durationHours = 4 });
        course.Status.ShouldBe(HttpStatusCode.Created, course.ToString());
        var published = await manager.PostJson($"/api/v1/enablement/courses/{course.Id}/publish", null);
        published.Status.ShouldBe(HttpStatusCode.OK, published.ToString());
        var certification = await manager.PostJson("/api/v1/enablement/certifications", new
        {
            name = $"Certified Seller {Guid.NewGuid():N}"[..30],
            track = "Sales",
            requiredCourseIds = new[] { course.Id },
            passingScore = 70,
            validityMonths = 24,
        });
        certification.Status.ShouldBe(HttpStatusCode.Created, certification.ToString());

        // Eight reps complete the course and pass the exam; the partner's own user records it, so each
        // score waits for a channel manager's review and counts only once verified.
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partner, "Pat Partner");
        var pending = new List<string>();
        foreach (var rep in reps.Take(8))
        {
            var completion = await partnerUser.PostJson("/api/v1/enablement/course-completions", new { contactId = rep, courseId = course.Id });
            completion.Status.ShouldBe(HttpStatusCode.Created, completion.ToString());
            var exam = await partnerUser.PostJson("/api/v1/enablement/exam-attempts", new { contactId = rep, certificationId = certification.Id, score = 85 });
            exam.Status.ShouldBe(HttpStatusCode.Created, exam.ToString());
            exam.Body["passed"]!.GetValue<bool>().ShouldBeTrue(exam.ToString());
            exam.Str("status").ShouldBe("PendingReview", exam.ToString());
            exam.Body["repCertification"].ShouldBeNull(exam.ToString());
            pending.Add(exam.Str("attemptId")!);
        }

        var unverified = await partnerUser.GetJson($"/api/v1/enablement/partners/{partner}/certifications");
        unverified.Body["certifiedReps"]!.GetValue<int>().ShouldBe(0, "a partner's own scores count only once verified");
        foreach (var attempt in pending)
        {
            var verified = await manager.PostJson($"/api/v1/enablement/exam-attempts/{attempt}/verify", null);
            verified.Status.ShouldBe(HttpStatusCode.OK, verified.ToString());
            verified.Body["repCertification"].ShouldNotBeNull(verified.ToString());
        }

        var view = await partnerUser.GetJson($"/api/v1/enablement/partners/{partner}/certifications");
        view.Status.ShouldBe(HttpStatusCode.OK, view.ToString());
        view.Body["activeReps"]!.GetValue<int>().ShouldBe(10, view.ToString());
        view.Body["certifiedReps"]!.GetValue<int>().ShouldBe(8, view.ToString());
        view.Body["certificationRate"]!.GetValue<decimal>().ShouldBe(80m, view.ToString());

        var kpis = await manager.GetJson("/api/v1/enablement/kpis");
        kpis.Status.ShouldBe(HttpStatusCode.OK, kpis.ToString());
        kpis.Body["partnersAtTarget"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(1, kpis.ToString());

        // enablement.certification-earned reaches Partner's tier evaluation by itself.
        var evaluation = await Eventually.Get(
            async () =>
            {
                var answer = await manager.GetJson($"/api/v1/partners/{partner}/tier-evaluation");
                return answer.Status == HttpStatusCode.OK && answer.Body["certifiedReps"]?.GetValue<int>() == 8 ? answer : null;
            },
            EventTimeout,
            "Partner's tier evaluation to count eight certified reps");
        evaluation.Str("currentTier").ShouldBe("Registered");
    }
}
