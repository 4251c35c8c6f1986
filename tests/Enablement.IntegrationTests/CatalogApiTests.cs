using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>Courses and certifications: created by channel managers, published once, listed (partner users see published courses only).</summary>
public sealed class CatalogApiTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private TrainingApi Api => new(_manager);

    [Fact]
    public async Task Creating_a_course_answers_201_with_a_draft_its_location_and_an_etag()
    {
        var created = await _manager.PostJson($"{Base}/courses", NewCourse("  Advanced networking ", "NetSuite", "Advanced", 12.5m));

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Location.ShouldBe($"/api/v1/enablement/courses/{created.Id}");
        created.ETag.ShouldNotBeNullOrEmpty();
        created.Str("title").ShouldBe("Advanced networking");
        created.Str("product").ShouldBe("NetSuite");
        created.Str("level").ShouldBe("Advanced");
        Number(created.Body, "durationHours").ShouldBe(12.5m);
        created.Str("status").ShouldBe("Draft");
        created.Body["publishedAt"].ShouldBeNull();
    }

    [Theory]
    [InlineData(null, "CloudSuite", "Foundation", 4.0, "title")]
    [InlineData("Basics", "", "Foundation", 4.0, "product")]
    [InlineData("Basics", "CloudSuite", "Beginner", 4.0, "level")]
    [InlineData("Basics", "CloudSuite", "Foundation", 0.0, "durationHours")]
    [InlineData("Basics", "CloudSuite", "Foundation", 1000.5, "durationHours")]
    public async Task An_invalid_course_is_a_400_naming_the_field(string? title, string? product, string? level, double hours, string field)
    {
        var answer = await _manager.PostJson($"{Base}/courses", NewCourse(title, product, level, (decimal)hours));

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(field);
    }

    [Fact]
    public async Task Publishing_a_draft_answers_200_and_a_second_publish_is_a_409()
    {
        var course = await Api.DraftCourseAsync();
        service.Advance(TimeSpan.FromMinutes(5));

        var published = await _manager.PostJson($"{Base}/courses/{course}/publish", null);
        var again = await _manager.PostJson($"{Base}/courses/{course}/publish", null);

        published.Status.ShouldBe(HttpStatusCode.OK, published.ToString());
        published.Str("status").ShouldBe("Published");
        DateTimeOffset.Parse(published.Str("publishedAt")!, System.Globalization.CultureInfo.InvariantCulture).ShouldBe(service.Now, TimeSpan.FromMilliseconds(1));
        published.ETag.ShouldNotBeNullOrEmpty();
        again.Status.ShouldBe(HttpStatusCode.Conflict, again.ToString());
    }

    [Fact]
    public async Task Publishing_an_unknown_course_is_a_404() =>
        (await _manager.PostJson($"{Base}/courses/{Guid.NewGuid()}/publish", null)).Status.ShouldBe(HttpStatusCode.NotFound);

    [Fact]
    public async Task Managers_list_every_course_and_partner_users_only_published_ones()
    {
        var product = $"P-{Guid.NewGuid():N}"[..20];
        var draft = await Api.DraftCourseAsync(product);
        var published = await Api.PublishedCourseAsync(product);
        var partner = service.Client(Roles.Partner, Guid.NewGuid());

        Ids(await _manager.GetJson($"{Base}/courses?product={product}")).ShouldBe([draft.ToString(), published.ToString()], ignoreOrder: true);
        Ids(await _manager.GetJson($"{Base}/courses?product={product}&status=Draft")).ShouldBe([draft.ToString()]);
        Ids(await partner.GetJson($"{Base}/courses?product={product}")).ShouldBe([published.ToString()]);
        Ids(await partner.GetJson($"{Base}/courses?product={product}&status=Draft")).ShouldBeEmpty();
        Ids(await service.Client(Roles.Integration).GetJson($"{Base}/courses?product={product}")).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Listing_courses_by_an_unknown_status_is_a_400() =>
        (await _manager.GetJson($"{Base}/courses?status=Archived")).Status.ShouldBe(HttpStatusCode.BadRequest);

    [Fact]
    public async Task Course_lists_are_keyset_paged()
    {
        var product = $"P-{Guid.NewGuid():N}"[..20];
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add((await Api.DraftCourseAsync(product)).ToString());

        var first = await _manager.GetJson($"{Base}/courses?product={product}&limit=2");
        var cursor = first.Str("nextCursor");
        cursor.ShouldNotBeNullOrEmpty(first.ToString());
        var second = await _manager.GetJson($"{Base}/courses?product={product}&limit=2&cursor={Uri.EscapeDataString(cursor!)}");

        Ids(first).Concat(Ids(second)).ShouldBe(ids);
    }

    [Fact]
    public async Task Only_channel_managers_create_and_publish_and_anonymous_callers_get_401()
    {
        var course = await Api.DraftCourseAsync();
        var partner = service.Client(Roles.Partner, Guid.NewGuid());
        var integration = service.Client(Roles.Integration);

        (await partner.PostJson($"{Base}/courses", NewCourse())).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await integration.PostJson($"{Base}/courses", NewCourse())).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await partner.PostJson($"{Base}/courses/{course}/publish", null)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await partner.PostJson($"{Base}/certifications", NewCertification([]))).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await service.Anonymous().GetJson($"{Base}/courses")).Status.ShouldBe(HttpStatusCode.Unauthorized);
        (await service.Anonymous().GetJson($"{Base}/certifications")).Status.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Creating_a_certification_answers_201_with_its_terms()
    {
        var (a, b) = (await Api.PublishedCourseAsync(), await Api.DraftCourseAsync());

        var created = await _manager.PostJson($"{Base}/certifications", NewCertification([a, b, a], 75, 24, "Technical", "Technical Expert"));

        created.Status.ShouldBe(HttpStatusCode.Created, created.ToString());
        created.Location.ShouldBe($"/api/v1/enablement/certifications/{created.Id}");
        created.ETag.ShouldNotBeNullOrEmpty();
        created.Str("name").ShouldBe("Technical Expert");
        created.Str("track").ShouldBe("Technical");
        created.Body["requiredCourseIds"]!.AsArray().Select(x => x!.GetValue<string>()).ShouldBe([a.ToString(), b.ToString()]);
        created.Body["passingScore"]!.GetValue<int>().ShouldBe(75);
        created.Body["validityMonths"]!.GetValue<int>().ShouldBe(24);
    }

    [Fact]
    public async Task A_certification_requiring_an_unknown_course_is_a_422()
    {
        var known = await Api.PublishedCourseAsync();

        var answer = await _manager.PostJson($"{Base}/certifications", NewCertification([known, Guid.NewGuid()]));

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        answer.Str("detail")!.ShouldContain("1 of the requiredCourseIds");
    }

    [Theory]
    [InlineData(0, 12, "Sales", "passingScore")]
    [InlineData(101, 12, "Sales", "passingScore")]
    [InlineData(70, 0, "Sales", "validityMonths")]
    [InlineData(70, 61, "Sales", "validityMonths")]
    [InlineData(70, 12, "Marketing", "track")]
    public async Task An_invalid_certification_is_a_400_naming_the_field(int passingScore, int validityMonths, string track, string field)
    {
        var answer = await _manager.PostJson($"{Base}/certifications", NewCertification([], passingScore, validityMonths, track));

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(field);
    }

    [Fact]
    public async Task A_certification_without_required_course_ids_is_a_400()
    {
        var answer = await _manager.PostJson($"{Base}/certifications", new { name = "X", track = "Sales", passingScore = 70, validityMonths = 12 });

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain("requiredCourseIds");
    }

    [Fact]
    public async Task Certifications_are_listed_by_track_for_every_reader()
    {
        var sales = await Api.CertificationAsync(track: "Sales");
        var technical = await Api.CertificationAsync(track: "Technical");
        var partner = service.Client(Roles.Partner, Guid.NewGuid());

        var salesOnly = Ids(await partner.GetJson($"{Base}/certifications?track=Sales&limit=200"));
        var technicalOnly = Ids(await _manager.GetJson($"{Base}/certifications?track=Technical&limit=200"));

        salesOnly.ShouldContain(sales.ToString());
        salesOnly.ShouldNotContain(technical.ToString());
        technicalOnly.ShouldContain(technical.ToString());
        technicalOnly.ShouldNotContain(sales.ToString());
        (await _manager.GetJson($"{Base}/certifications?track=Marketing")).Status.ShouldBe(HttpStatusCode.BadRequest);
    }
}
