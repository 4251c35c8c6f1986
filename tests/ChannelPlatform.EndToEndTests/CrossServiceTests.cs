using System.Globalization;
using System.Net;
using System.Text.Json;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests;

/// <summary>
/// The issues' "done means" across services: Partner, DealRegistration and Enablement on one
/// database and one virtual host, every request through the gateway, events flowing between the
/// services by themselves (only a foreign consumer reads the broker directly). Each test makes its
/// own partners (own domains) and products, so the tests stay independent.
/// </summary>
[Collection(FullPlatformCollection.Name)]
public sealed class CrossServiceTests(FullPlatformFixture platform)
{
    private static readonly TimeSpan EventTimeout = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task DealRegistration_done_means_a_conflicting_registration_is_approved_only_with_an_override_and_its_win_is_published()
    {
        await using var consumer = await ForeignConsumer.StartAsync(platform.Broker.Amqp, "dealreg.deal-won");
        using var manager = await platform.ClientAsync(Roles.ChannelManager, name: "Dana Channel");

        // Two partners created and activated through the Partner API; the activation reaches DealRegistration by itself.
        var partnerA = await manager.ActivePartnerAsync();
        var partnerB = await manager.ActivePartnerAsync();
        using var userA = await platform.ClientAsync(Roles.Partner, partnerA, "Alex A");
        using var userB = await platform.ClientAsync(Roles.Partner, partnerB, "Bea B");

        var campaign = await manager.PostJson("/api/v1/campaigns", new
        {
            name = $"E2E Launch {Guid.NewGuid():N}"[..24],
            type = "Webinar",
            partnerIds = new[] { partnerA, partnerB },
            startsOn = Today(-7),
            endsOn = Today(30),
        });
        campaign.Status.ShouldBe(HttpStatusCode.Created, campaign.ToString());

        var product = UniqueProduct();
        var earlier = await RegisterOnceActiveAsync(userA, Deal("ACME Corporation, Inc.", [product, "Support"]));
        earlier.Body["conflicts"]!.AsArray().ShouldBeEmpty(earlier.ToString());

        // Partner B (its partnerId from the token) registers the same customer under a similar name.
        var later = await RegisterOnceActiveAsync(userB, Deal("Acme Corp", [product], campaign.Id, estimatedValue: 120_000m));
        later.Str("status").ShouldBe("Submitted");
        var partnerView = later.Body["conflicts"]!.AsArray().ShouldHaveSingleItem()!;
        partnerView["reason"]!.GetValue<string>().ShouldBe("SimilarName");
        partnerView["conflictingStatus"]!.GetValue<string>().ShouldBe("Submitted");
        partnerView["conflictingDealId"].ShouldBeNull("a Partner caller never sees the other deal's id");
        var dealId = later.Id;

        // The ChannelManager sees the conflict with the earlier deal's id.
        var seen = await manager.GetJson($"/api/v1/deals/{dealId}");
        seen.Status.ShouldBe(HttpStatusCode.OK, seen.ToString());
        seen.Body["partnerId"]!.GetValue<string>().ShouldBe(partnerB.ToString());
        var conflict = seen.Body["conflicts"]!.AsArray().ShouldHaveSingleItem()!;
        conflict["reason"]!.GetValue<string>().ShouldBe("SimilarName");
        conflict["similarity"]!.GetValue<double>().ShouldBeGreaterThanOrEqualTo(0.6);
        conflict["conflictingDealId"]!.GetValue<string>().ShouldBe(earlier.Id.ToString());

        // First to register wins: approving the later one needs an override with a reason.
        var plain = await manager.PostJson($"/api/v1/deals/{dealId}/approve", new { notes = "Looks good" });
        plain.Status.ShouldBe(HttpStatusCode.Conflict, plain.ToString());
        var overridden = await manager.PostJson($"/api/v1/deals/{dealId}/approve", new { overrideConflicts = true, overrideReason = "Customer asked for partner B" });
        overridden.Status.ShouldBe(HttpStatusCode.OK, overridden.ToString());
        overridden.Str("status").ShouldBe("Approved");

        // Won, and another team's consumer reads the win with everything it needs.
        var closedOn = Today();
        var won = await manager.PostJson($"/api/v1/deals/{dealId}/win", new { actualValue = 118_500.50m, closedOn });
        won.Status.ShouldBe(HttpStatusCode.OK, won.ToString());
        won.Str("status").ShouldBe("Won");

        var message = await consumer.WaitForAsync("dealreg.deal-won", m => m["dealId"]?.GetValue<string>() == dealId.ToString(), EventTimeout);
        message["partnerId"]!.GetValue<string>().ShouldBe(partnerB.ToString());
        message["actualValue"]!.GetValueKind().ShouldBe(JsonValueKind.Number, message.ToJsonString());
        message["actualValue"]!.GetValue<decimal>().ShouldBe(118_500.50m);
        message["currency"]!.GetValue<string>().ShouldBe("USD");
        message["closedOn"]!.GetValue<string>().ShouldBe(closedOn);
        message["campaignId"]!.GetValue<string>().ShouldBe(campaign.Id.ToString());
        var delivery = consumer.Deliveries.First(d => d.Envelope?["message"]?["dealId"]?.GetValue<string>() == dealId.ToString());
        delivery.ContentType.ShouldBe("application/vnd.masstransit+json");
        delivery.MessageId.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task Enablement_done_means_eight_of_ten_reps_certified_is_80_percent_and_Partner_counts_them_for_its_tier()
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

        // Eight reps complete the course and pass the exam; the partner's own user records it.
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partner, "Pat Partner");
        foreach (var rep in reps.Take(8))
        {
            var completion = await partnerUser.PostJson("/api/v1/enablement/course-completions", new { contactId = rep, courseId = course.Id });
            completion.Status.ShouldBe(HttpStatusCode.Created, completion.ToString());
            var exam = await partnerUser.PostJson("/api/v1/enablement/exam-attempts", new { contactId = rep, certificationId = certification.Id, score = 85 });
            exam.Status.ShouldBe(HttpStatusCode.Created, exam.ToString());
            exam.Body["passed"]!.GetValue<bool>().ShouldBeTrue(exam.ToString());
            exam.Body["repCertification"].ShouldNotBeNull(exam.ToString());
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

    [Fact]
    public async Task Once_a_partner_is_suspended_through_the_Partner_API_DealRegistration_refuses_its_new_registrations()
    {
        using var manager = await platform.ClientAsync(Roles.ChannelManager, name: "Dana Channel");
        var partner = await manager.ActivePartnerAsync();
        using var partnerUser = await platform.ClientAsync(Roles.Partner, partner, "Pat Partner");

        var registered = await RegisterOnceActiveAsync(partnerUser, Deal(UniqueCompany(), [UniqueProduct()]));
        registered.Str("status").ShouldBe("Submitted");

        var suspended = await manager.PostJson($"/api/v1/partners/{partner}/suspend", new { reason = "Compliance review" });
        suspended.Status.ShouldBe(HttpStatusCode.OK, suspended.ToString());
        suspended.Str("status").ShouldBe("Suspended");

        var refused = await Eventually.Get(
            async () =>
            {
                var answer = await partnerUser.PostJson("/api/v1/deals", Deal(UniqueCompany(), [UniqueProduct()]));
                answer.Status.ShouldBeOneOf([HttpStatusCode.Created, (HttpStatusCode)422], answer.ToString());
                return answer.Status == (HttpStatusCode)422 ? answer : null;
            },
            EventTimeout,
            "DealRegistration to refuse the suspended partner's registrations");
        refused.ContentType.ShouldBe("application/problem+json");

        // The deal registered before the suspension is still there.
        var earlier = await manager.GetJson($"/api/v1/deals/{registered.Id}");
        earlier.Status.ShouldBe(HttpStatusCode.OK, earlier.ToString());
        earlier.Str("status").ShouldBe("Submitted");
    }

    /// <summary>
    /// Registers the deal, retrying while DealRegistration answers 422 because the partner's
    /// activation event has not reached its projection yet.
    /// </summary>
    private static Task<Answer> RegisterOnceActiveAsync(HttpClient client, object deal) =>
        Eventually.Get(
            async () =>
            {
                var answer = await client.PostJson("/api/v1/deals", deal);
                if (answer.Status == (HttpStatusCode)422)
                    return null;
                answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
                return answer;
            },
            EventTimeout,
            "DealRegistration to accept the active partner's registration");

    /// <summary>A registration as a partner's user sends it: no partnerId, the token carries it.</summary>
    private static object Deal(string company, string[] products, Guid? campaignId = null, decimal estimatedValue = 75_000m) => new
    {
        customer = new { companyName = company, country = "US" },
        products,
        estimatedValue,
        currency = "USD",
        expectedCloseDate = Today(90),
        campaignId,
        description = "Registered end to end",
    };

    private static string UniqueProduct() => $"Suite-{Guid.NewGuid():N}"[..18];

    private static string UniqueCompany() => $"Customer {Guid.NewGuid():N}";

    private static string Today(int days = 0) => DateOnly.FromDateTime(DateTime.UtcNow).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
