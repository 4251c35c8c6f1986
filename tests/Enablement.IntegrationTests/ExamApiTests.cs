using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>POST /exam-attempts: the rules (active rep of an active partner, required courses, 3 attempts in 30 days), unknown ids, bad scores and who may record.</summary>
public sealed class ExamApiTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private TrainingApi Api => new(_manager);

    private Task<(Guid Partner, Guid Rep)> RepAsync(string role = "SalesRep") => _partners.ActiveRepAsync(role);

    [Fact]
    public async Task A_contact_who_is_not_a_rep_is_a_422()
    {
        var (_, marketing) = await RepAsync("Marketing");

        var answer = await Api.AttemptAsync(marketing, await Api.CertificationAsync(), 90);

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        answer.Str("detail")!.ShouldContain("not an active SalesRep or SalesEngineer");
    }

    [Fact]
    public async Task A_deactivated_rep_is_a_422()
    {
        var (partner, rep) = await RepAsync();
        await _partners.ApplyAsync(PartnerEvents.ContactDeactivated(partner, rep));

        (await Api.AttemptAsync(rep, await Api.CertificationAsync(), 90)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_rep_of_a_suspended_or_terminated_partner_is_a_422()
    {
        var (suspended, rep) = await RepAsync();
        var (terminated, other) = await RepAsync();
        await _partners.ApplyAsync(PartnerEvents.Suspended(suspended, DateTimeOffset.UtcNow));
        await _partners.ApplyAsync(PartnerEvents.Terminated(terminated, DateTimeOffset.UtcNow));
        var certification = await Api.CertificationAsync();

        var answer = await Api.AttemptAsync(rep, certification, 90);

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        answer.Str("detail")!.ShouldContain("partner is not active");
        (await Api.AttemptAsync(other, certification, 90)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_required_course_not_completed_is_a_422()
    {
        var (_, rep) = await RepAsync();
        var (done, missing) = (await Api.PublishedCourseAsync(), await Api.PublishedCourseAsync());
        var certification = await Api.CertificationAsync([done, missing]);
        (await Api.CompleteAsync(rep, done)).Status.ShouldBe(HttpStatusCode.Created);

        var answer = await Api.AttemptAsync(rep, certification, 100);

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        answer.Str("detail")!.ShouldContain("1 required course(s)");
        (await Api.CompleteAsync(rep, missing)).Status.ShouldBe(HttpStatusCode.Created);
        (await Api.AttemptAsync(rep, certification, 100)).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_fourth_attempt_in_30_days_is_a_422_and_a_day_later_than_30_days_it_is_allowed()
    {
        var (_, rep) = await RepAsync();
        var certification = await Api.CertificationAsync(passingScore: 90);
        var other = await Api.CertificationAsync(passingScore: 90);
        var first = service.Now;
        for (var i = 1; i <= 3; i++)
        {
            var attempt = await Api.AttemptAsync(rep, certification, 50);
            attempt.Status.ShouldBe(HttpStatusCode.Created, attempt.ToString());
            attempt.Body["attemptsInLast30Days"]!.GetValue<int>().ShouldBe(i);
            service.Advance(TimeSpan.FromDays(1));
        }

        var fourth = await Api.AttemptAsync(rep, certification, 95);

        fourth.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, fourth.ToString());
        fourth.Str("detail")!.ShouldContain("At most 3 attempts");
        (await Api.AttemptAsync(rep, other, 50)).Status.ShouldBe(HttpStatusCode.Created, "the limit is per certification");

        service.Advance(first.AddDays(30).AddMinutes(1) - service.Now);
        var later = await Api.AttemptAsync(rep, certification, 95);

        later.Status.ShouldBe(HttpStatusCode.Created, later.ToString());
        later.Body["attemptsInLast30Days"]!.GetValue<int>().ShouldBe(3, "the first attempt left the window; the 2nd and 3rd are still in it");
        later.Body["passed"]!.GetValue<bool>().ShouldBeTrue();
    }

    [Fact]
    public async Task An_unknown_contact_or_certification_is_a_404_and_a_bad_score_a_400()
    {
        var (_, rep) = await RepAsync();
        var certification = await Api.CertificationAsync();

        (await Api.AttemptAsync(Guid.NewGuid(), certification, 90)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await Api.AttemptAsync(rep, Guid.NewGuid(), 90)).Status.ShouldBe(HttpStatusCode.NotFound);
        var bad = await Api.AttemptAsync(rep, certification, 101);
        bad.Status.ShouldBe(HttpStatusCode.BadRequest, bad.ToString());
        bad.ErrorFields.ShouldContain("score");
        var missing = await _manager.PostJson($"{Base}/exam-attempts", new { contactId = rep, certificationId = certification });
        missing.Status.ShouldBe(HttpStatusCode.BadRequest);
        missing.ErrorFields.ShouldContain("score");
    }

    [Fact]
    public async Task A_partner_user_records_attempts_for_its_own_reps_only()
    {
        var (mine, myRep) = await RepAsync();
        var (_, theirRep) = await RepAsync();
        var certification = await Api.CertificationAsync();
        var me = new TrainingApi(service.Client(Roles.Partner, mine));

        (await me.AttemptAsync(theirRep, certification, 90)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await me.AttemptAsync(myRep, certification, 90)).Status.ShouldBe(HttpStatusCode.Created);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM enablement.exam_attempts WHERE contact_id = @p0", theirRep)).ShouldBe(0);
        (await new TrainingApi(service.Client(Roles.Integration)).AttemptAsync(myRep, certification, 90)).Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
