using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>
/// A partner's own exam score is PendingReview and counts only when a channel manager verifies it
/// (POST /exam-attempts/{id}/verify | reject); managers and LMS integrations are verified at once.
/// </summary>
public sealed class ExamReviewApiTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private const string CertificationEarned = "enablement.certification-earned";
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private TrainingApi Api => new(_manager);

    private Task<long> RepCertificationsAsync(Guid rep) =>
        service.Database.ScalarAsync<long>("SELECT count(*) FROM enablement.rep_certifications WHERE contact_id = @p0", rep);

    private async Task<(Guid Partner, Guid Rep, Guid Certification, TrainingApi Me)> PartnerRepAsync()
    {
        var (partner, rep) = await _partners.ActiveRepAsync();
        return (partner, rep, await Api.CertificationAsync(passingScore: 70, validityMonths: 12), new TrainingApi(service.Client(Roles.Partner, partner)));
    }

    private async Task<Answer> PendingAsync(TrainingApi me, Guid rep, Guid certification, int score = 95)
    {
        var answer = await me.AttemptAsync(rep, certification, score);
        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Str("status").ShouldBe("PendingReview");
        return answer;
    }

    private Task<Answer> VerifyAsync(HttpClient client, string attemptId) => client.PostJson($"{Base}/exam-attempts/{attemptId}/verify", null);

    [Fact]
    public async Task A_partners_own_passing_score_is_pending_review_and_certifies_nobody()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, CertificationEarned);
        var (partner, rep, certification, me) = await PartnerRepAsync();

        var answer = await PendingAsync(me, rep, certification);

        answer.Body["passed"]!.GetValue<bool>().ShouldBeTrue();
        answer.Body["repCertification"].ShouldBeNull();
        answer.Str("submittedBy").ShouldBe("test");
        (await RepCertificationsAsync(rep)).ShouldBe(0);
        Number((await me.PartnerViewAsync(partner)).Body, "certifiedReps").ShouldBe(0m);
        (await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM enablement.outbox_messages WHERE exchange = @p0 AND body::text LIKE '%' || @p1 || '%'", CertificationEarned, rep.ToString())).ShouldBe(0);
    }

    [Fact]
    public async Task A_manager_verifying_a_pending_pass_issues_the_certification_and_publishes_certification_earned()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, CertificationEarned);
        var (partner, rep, certification, me) = await PartnerRepAsync();
        var pending = await PendingAsync(me, rep, certification);

        var verified = await VerifyAsync(_manager, pending.Str("attemptId")!);

        verified.Status.ShouldBe(HttpStatusCode.OK, verified.ToString());
        verified.Str("status").ShouldBe("Verified");
        verified.Str("reviewedBy").ShouldBe("test");
        verified.Body["repCertification"]!["contactId"]!.GetValue<string>().ShouldBe(rep.ToString());
        Date(verified.Body["repCertification"]!, "expiresOn").ShouldBe(service.Today.AddMonths(12));
        (await RepCertificationsAsync(rep)).ShouldBe(1);
        Number((await me.PartnerViewAsync(partner)).Body, "certifiedReps").ShouldBe(1m);
        await consumer.WaitForAsync(CertificationEarned, m => m["contactId"]!.GetValue<string>() == rep.ToString());
    }

    [Fact]
    public async Task A_rejected_attempt_never_counts_and_cannot_be_verified_afterwards()
    {
        var (_, rep, certification, me) = await PartnerRepAsync();
        var pending = await PendingAsync(me, rep, certification);
        var id = pending.Str("attemptId")!;

        (await _manager.PostJson($"{Base}/exam-attempts/{id}/reject", new { reason = " " })).Status.ShouldBe(HttpStatusCode.BadRequest);
        var rejected = await _manager.PostJson($"{Base}/exam-attempts/{id}/reject", new { reason = "No proctored score in the LMS" });

        rejected.Status.ShouldBe(HttpStatusCode.OK, rejected.ToString());
        rejected.Str("status").ShouldBe("Rejected");
        rejected.Str("rejectionReason").ShouldBe("No proctored score in the LMS");
        (await VerifyAsync(_manager, id)).Status.ShouldBe(HttpStatusCode.Conflict);
        (await RepCertificationsAsync(rep)).ShouldBe(0);
        (await _manager.GetJson($"{Base}/exam-attempts/{id}")).Str("status").ShouldBe("Rejected");
    }

    [Fact]
    public async Task Two_verifications_sent_at_once_succeed_once_and_issue_one_certification()
    {
        var (_, rep, certification, me) = await PartnerRepAsync();
        var id = (await PendingAsync(me, rep, certification)).Str("attemptId")!;

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => VerifyAsync(service.Client(Roles.ChannelManager), id)));

        answers.Select(a => a.Status).OrderBy(s => s).ToArray().ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict], string.Join(" | ", answers.Select(a => a.ToString())));
        (await RepCertificationsAsync(rep)).ShouldBe(1);
    }

    [Fact]
    public async Task Pending_attempts_count_towards_the_three_in_30_days()
    {
        var (_, rep, certification, me) = await PartnerRepAsync();
        for (var i = 0; i < 3; i++)
            await PendingAsync(me, rep, certification, score: 99);

        var fourth = await Api.AttemptAsync(rep, certification, 99);

        fourth.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, fourth.ToString());
        fourth.Str("detail")!.ShouldContain("At most 3 attempts");
    }

    [Fact]
    public async Task A_pass_is_not_verified_once_the_rep_has_left_the_partner()
    {
        var (partner, rep, certification, me) = await PartnerRepAsync();
        var id = (await PendingAsync(me, rep, certification)).Str("attemptId")!;
        await _partners.ApplyAsync(PartnerEvents.ContactDeactivated(partner, rep));

        var answer = await VerifyAsync(_manager, id);

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        (await RepCertificationsAsync(rep)).ShouldBe(0);
        (await _manager.GetJson($"{Base}/exam-attempts/{id}")).Str("status").ShouldBe("PendingReview");
    }

    [Fact]
    public async Task An_LMS_integration_with_enablement_write_records_verified_scores_and_completions_for_any_partners_reps()
    {
        var (_, rep) = await _partners.ActiveRepAsync();
        var course = await Api.PublishedCourseAsync();
        var certification = await Api.CertificationAsync([course], passingScore: 70);
        var lms = new TrainingApi(service.ScopedClient(Roles.Integration, Scopes.EnablementWrite));

        (await lms.CompleteAsync(rep, course)).Status.ShouldBe(HttpStatusCode.Created);
        var answer = await lms.AttemptAsync(rep, certification, 80);

        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Str("status").ShouldBe("Verified");
        answer.Body["repCertification"].ShouldNotBeNull();
        (await RepCertificationsAsync(rep)).ShouldBe(1);
    }

    [Fact]
    public async Task A_plain_integration_token_stays_read_only_and_only_a_manager_reviews()
    {
        var (partner, rep, certification, me) = await PartnerRepAsync();
        var course = await Api.PublishedCourseAsync();
        var id = (await PendingAsync(me, rep, certification)).Str("attemptId")!;
        var reader = new TrainingApi(service.Client(Roles.Integration));
        var lms = service.ScopedClient(Roles.Integration, Scopes.EnablementWrite);

        (await reader.AttemptAsync(rep, certification, 90)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.CompleteAsync(rep, course)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await VerifyAsync(service.Client(Roles.Partner, partner), id)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await VerifyAsync(lms, id)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await VerifyAsync(service.Client(Roles.Integration), id)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await VerifyAsync(_manager, Guid.NewGuid().ToString())).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _manager.GetJson($"{Base}/exam-attempts/{id}")).Str("status").ShouldBe("PendingReview");
    }

    [Fact]
    public async Task A_partner_lists_and_reads_its_own_reps_attempts_only()
    {
        var (mine, myRep, certification, me) = await PartnerRepAsync();
        var (theirs, theirRep, _, them) = await PartnerRepAsync();
        var myAttempt = (await PendingAsync(me, myRep, certification)).Str("attemptId")!;
        var theirAttempt = (await PendingAsync(them, theirRep, certification)).Str("attemptId")!;
        var myClient = service.Client(Roles.Partner, mine);

        Ids(await myClient.GetJson($"{Base}/exam-attempts?partnerId={theirs}")).ShouldBe([myAttempt]);
        Ids(await myClient.GetJson($"{Base}/exam-attempts")).ShouldBe([myAttempt]);
        (await myClient.GetJson($"{Base}/exam-attempts/{theirAttempt}")).Status.ShouldBe(HttpStatusCode.NotFound);
        (await myClient.GetJson($"{Base}/exam-attempts/{myAttempt}")).Status.ShouldBe(HttpStatusCode.OK);
        var queue = Ids(await _manager.GetJson($"{Base}/exam-attempts?status=PendingReview&limit=200"));
        queue.ShouldContain(myAttempt);
        queue.ShouldContain(theirAttempt);
        (await _manager.GetJson($"{Base}/exam-attempts?status=Maybe")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
