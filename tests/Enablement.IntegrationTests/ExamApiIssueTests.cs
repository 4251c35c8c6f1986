using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>POST /exam-attempts: passing issues a rep certification, failing does not, concurrent attempts and renewal.</summary>
public sealed class ExamApiIssueTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private TrainingApi Api => new(_manager);

    private Task<(Guid Partner, Guid Rep)> RepAsync(string role = "SalesRep") => _partners.ActiveRepAsync(role);

    [Fact]
    public async Task A_passing_attempt_answers_201_with_passed_and_the_issued_rep_certification()
    {
        var (partner, rep) = await RepAsync();
        var course = await Api.PublishedCourseAsync();
        var certification = await Api.CertificationAsync([course], passingScore: 80, validityMonths: 12);
        (await Api.CompleteAsync(rep, course)).Status.ShouldBe(HttpStatusCode.Created);

        var answer = await Api.AttemptAsync(rep, certification, 80);

        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Location.ShouldBe($"/api/v1/enablement/exam-attempts/{answer.Str("attemptId")}");
        answer.Body["passed"]!.GetValue<bool>().ShouldBeTrue();
        answer.Str("status").ShouldBe("Verified", "a channel manager's score is verified at once");
        answer.Body["score"]!.GetValue<int>().ShouldBe(80);
        answer.Body["passingScore"]!.GetValue<int>().ShouldBe(80);
        answer.Body["attemptsInLast30Days"]!.GetValue<int>().ShouldBe(1);
        var issued = answer.Body["repCertification"]!;
        issued["contactId"]!.GetValue<string>().ShouldBe(rep.ToString());
        issued["partnerId"]!.GetValue<string>().ShouldBe(partner.ToString());
        issued["certificationId"]!.GetValue<string>().ShouldBe(certification.ToString());
        Date(issued, "issuedOn").ShouldBe(service.Today);
        Date(issued, "expiresOn").ShouldBe(service.Today.AddMonths(12));
        issued["status"]!.GetValue<string>().ShouldBe("Active");
        issued["renewed"]!.GetValue<bool>().ShouldBeFalse();
    }

    [Fact]
    public async Task A_failing_attempt_answers_201_without_a_rep_certification()
    {
        var (_, rep) = await RepAsync("SalesEngineer");
        var certification = await Api.CertificationAsync(passingScore: 80);

        var answer = await Api.AttemptAsync(rep, certification, 79);

        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Body["passed"]!.GetValue<bool>().ShouldBeFalse();
        answer.Body["repCertification"].ShouldBeNull();
    }

    [Fact]
    public async Task Five_attempts_sent_at_once_record_exactly_three_and_refuse_two()
    {
        var (_, rep) = await RepAsync();
        var certification = await Api.CertificationAsync(passingScore: 90);

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => new TrainingApi(service.Client(Roles.ChannelManager)).AttemptAsync(rep, certification, 10)));

        var all = string.Join(" | ", answers.Select(a => a.ToString()));
        answers.Count(a => a.Status == HttpStatusCode.Created).ShouldBe(3, all);
        answers.Count(a => a.Status == HttpStatusCode.UnprocessableEntity).ShouldBe(2, all);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM enablement.exam_attempts WHERE contact_id = @p0", rep)).ShouldBe(3);
    }

    [Fact]
    public async Task Two_passes_sent_at_once_leave_one_rep_certification()
    {
        var (_, rep) = await RepAsync();
        var certification = await Api.CertificationAsync(validityMonths: 12);

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => new TrainingApi(service.Client(Roles.ChannelManager)).AttemptAsync(rep, certification, 95)));

        answers.Count(a => a.Status == HttpStatusCode.Created).ShouldBeGreaterThanOrEqualTo(1, string.Join(" | ", answers.Select(a => a.ToString())));
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM enablement.rep_certifications WHERE contact_id = @p0", rep)).ShouldBe(1);
    }

    [Fact]
    public async Task Passing_again_while_active_renews_from_the_current_expiry_not_from_today()
    {
        var (_, rep) = await RepAsync();
        var certification = await Api.CertificationAsync(validityMonths: 6);
        var issued = await Api.PassAsync(rep, certification);
        var firstExpiry = Date(issued, "expiresOn");
        service.Advance(TimeSpan.FromDays(20));

        var renewed = await Api.PassAsync(rep, certification);

        renewed["id"]!.GetValue<string>().ShouldBe(issued["id"]!.GetValue<string>(), "renewal keeps the rep certification");
        renewed["renewed"]!.GetValue<bool>().ShouldBeTrue();
        Date(renewed, "expiresOn").ShouldBe(firstExpiry.AddMonths(6));
        Date(renewed, "expiresOn").ShouldNotBe(service.Today.AddMonths(6));
        Date(renewed, "issuedOn").ShouldBe(Date(issued, "issuedOn"));
    }
}
