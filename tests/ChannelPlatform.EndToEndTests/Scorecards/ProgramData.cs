using System.Net;
using ChannelPlatform.Testing;
using static ChannelPlatform.EndToEndTests.CrossServiceRequests;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>Known program data made through the gateway, as a channel team would make it.</summary>
internal static class ProgramData
{
    /// <summary>Adds <paramref name="reps"/> sales reps to the partner and certifies the first <paramref name="certified"/> of them.</summary>
    public static async Task CertifyRepsAsync(HttpClient manager, Guid partnerId, int reps, int certified)
    {
        var bulk = await manager.PostJson($"/api/v1/partners/{partnerId}/contacts/bulk", new { contacts = Enumerable.Range(1, reps).Select(i => PartnerRequests.Contact(i)).ToArray() });
        bulk.Status.ShouldBe(HttpStatusCode.OK, bulk.ToString());
        var contactIds = bulk.Body["results"]!.AsArray().Select(r => Guid.Parse(r!["contact"]!["id"]!.GetValue<string>())).ToList();
        await Eventually.True(
            async () =>
            {
                var roster = await manager.GetJson($"/api/v1/enablement/partners/{partnerId}/certifications");
                return roster.Status == HttpStatusCode.OK && roster.Body["activeReps"]!.GetValue<int>() == reps;
            },
            EventTimeout,
            $"Enablement's roster to hold the partner's {reps} reps");

        var course = await manager.PostJson("/api/v1/enablement/courses", new { title = "Selling the Suite", product = UniqueProduct(), level = "Foundation", durationHours = 4 });
        course.Status.ShouldBe(HttpStatusCode.Created, course.ToString());
        (await manager.PostJson($"/api/v1/enablement/courses/{course.Id}/publish", null)).Status.ShouldBe(HttpStatusCode.OK);
        var certification = await manager.PostJson("/api/v1/enablement/certifications", new
        {
            name = $"Certified Seller {Guid.NewGuid():N}"[..30],
            track = "Sales",
            requiredCourseIds = new[] { course.Id },
            passingScore = 70,
            validityMonths = 24,
        });
        certification.Status.ShouldBe(HttpStatusCode.Created, certification.ToString());
        foreach (var rep in contactIds.Take(certified))
        {
            (await manager.PostJson("/api/v1/enablement/course-completions", new { contactId = rep, courseId = course.Id })).Status.ShouldBe(HttpStatusCode.Created);
            var exam = await manager.PostJson("/api/v1/enablement/exam-attempts", new { contactId = rep, certificationId = certification.Id, score = 90 });
            exam.Status.ShouldBe(HttpStatusCode.Created, exam.ToString());
        }
    }

    /// <summary>Registers a deal as the partner's user and decides it at once (approve or reject) as the manager.</summary>
    public static async Task<Guid> DecidedDealAsync(HttpClient manager, HttpClient partnerUser, bool approve, decimal value = 75_000m)
    {
        var deal = await RegisterOnceActiveAsync(partnerUser, Deal(UniqueCompany(), [UniqueProduct()], estimatedValue: value));
        var decided = approve
            ? await manager.PostJson($"/api/v1/deals/{deal.Id}/approve", new { notes = "Fits the program" })
            : await manager.PostJson($"/api/v1/deals/{deal.Id}/reject", new { reason = "Customer already covered" });
        decided.Status.ShouldBe(HttpStatusCode.OK, decided.ToString());
        return deal.Id;
    }

    public static async Task AnswerSurveyAsync(HttpClient client, Guid partnerId, int score) =>
        (await client.PostJson($"/api/v1/partners/{partnerId}/satisfaction-responses", new { score })).Status.ShouldBe(HttpStatusCode.Created);
}
