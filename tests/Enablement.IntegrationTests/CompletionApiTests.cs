using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>POST /course-completions: an active rep of an active partner completes a published course, once.</summary>
public sealed class CompletionApiTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private TrainingApi Api => new(_manager);

    [Fact]
    public async Task Completing_a_published_course_answers_201_with_the_completion()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        var course = await Api.PublishedCourseAsync();
        var completedOn = service.Today.AddDays(-2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var answer = await Api.CompleteAsync(rep, course, completedOn);

        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        answer.Location.ShouldBe($"/api/v1/enablement/course-completions/{answer.Id}");
        answer.Str("contactId").ShouldBe(rep.ToString());
        answer.Str("partnerId").ShouldBe(partner.ToString());
        answer.Str("courseId").ShouldBe(course.ToString());
        answer.Str("completedOn").ShouldBe(completedOn);
    }

    [Fact]
    public async Task Without_a_date_the_completion_is_today_on_the_service_clock()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner, "SalesEngineer");

        var answer = await Api.CompleteAsync(rep, await Api.PublishedCourseAsync());

        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        Date(answer.Body, "completedOn").ShouldBe(service.Today);
    }

    [Fact]
    public async Task Completing_the_same_course_twice_is_a_409()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        var course = await Api.PublishedCourseAsync();
        (await Api.CompleteAsync(rep, course)).Status.ShouldBe(HttpStatusCode.Created);

        var again = await Api.CompleteAsync(rep, course, service.Today.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));

        again.Status.ShouldBe(HttpStatusCode.Conflict, again.ToString());
    }

    [Fact]
    public async Task Two_identical_completions_sent_at_once_record_one_and_answer_409_to_the_other()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        var course = await Api.PublishedCourseAsync();

        var answers = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => new TrainingApi(service.Client(Roles.ChannelManager)).CompleteAsync(rep, course)));

        answers.Select(a => a.Status).ShouldBe([HttpStatusCode.Created, HttpStatusCode.Conflict], ignoreOrder: true, string.Join(" | ", answers.Select(a => a.ToString())));
    }

    [Fact]
    public async Task A_contact_who_is_not_a_rep_is_a_422()
    {
        var partner = await _partners.ActiveAsync();
        var executive = await _partners.ContactAsync(partner, "Executive");

        var answer = await Api.CompleteAsync(executive, await Api.PublishedCourseAsync());

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
    }

    [Fact]
    public async Task A_deactivated_rep_is_a_422()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        await _partners.ApplyAsync(PartnerEvents.ContactDeactivated(partner, rep));

        (await Api.CompleteAsync(rep, await Api.PublishedCourseAsync())).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_rep_of_a_suspended_partner_is_a_422()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        await _partners.ApplyAsync(PartnerEvents.Suspended(partner, DateTimeOffset.UtcNow));

        (await Api.CompleteAsync(rep, await Api.PublishedCourseAsync())).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_draft_course_cannot_be_completed_422()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);

        var answer = await Api.CompleteAsync(rep, await Api.DraftCourseAsync());

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        answer.Str("detail")!.ShouldContain("not published");
    }

    [Fact]
    public async Task An_unknown_contact_or_course_is_a_404()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);

        (await Api.CompleteAsync(Guid.NewGuid(), await Api.PublishedCourseAsync())).Status.ShouldBe(HttpStatusCode.NotFound);
        (await Api.CompleteAsync(rep, Guid.NewGuid())).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_completion_in_the_future_or_without_ids_is_a_400()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        var course = await Api.PublishedCourseAsync();

        var future = await Api.CompleteAsync(rep, course, service.Today.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        var missing = await _manager.PostJson($"{Base}/course-completions", new { });

        future.Status.ShouldBe(HttpStatusCode.BadRequest, future.ToString());
        future.ErrorFields.ShouldContain("completedOn");
        missing.Status.ShouldBe(HttpStatusCode.BadRequest, missing.ToString());
        missing.ErrorFields.ShouldContain("contactId");
        missing.ErrorFields.ShouldContain("courseId");
    }

    [Fact]
    public async Task A_partner_user_records_completions_for_its_own_reps_only_and_a_plain_integration_not_at_all()
    {
        var (mine, theirs) = (await _partners.ActiveAsync(), await _partners.ActiveAsync());
        var (myRep, theirRep) = (await _partners.ContactAsync(mine), await _partners.ContactAsync(theirs));
        var course = await Api.PublishedCourseAsync();
        var me = new TrainingApi(service.Client(Roles.Partner, mine));

        (await me.CompleteAsync(theirRep, course)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await me.CompleteAsync(myRep, course)).Status.ShouldBe(HttpStatusCode.Created);
        (await new TrainingApi(service.Client(Roles.Integration)).CompleteAsync(theirRep, course)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await Api.CompleteAsync(theirRep, course)).Status.ShouldBe(HttpStatusCode.Created, "the refused attempts recorded nothing");
    }
}
