using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Enablement.Application.Assets;
using Enablement.Application.Certifications;
using Enablement.Application.Courses;
using Mediator;

namespace Enablement.Api.Endpoints;

/// <summary>What the channel team publishes: courses, certifications and assets.</summary>
internal static class CatalogEndpoints
{
    public sealed record CourseBody(string? Title, string? Product, string? Level, decimal? DurationHours);

    public sealed record CertificationBody(string? Name, string? Track, IReadOnlyList<Guid>? RequiredCourseIds, int? PassingScore, int? ValidityMonths);

    public sealed record AssetBody(string? Title, string? Kind, string? Url, string? Product, string? MinimumTier);

    public static void MapCatalogEndpoints(this IEndpointRouteBuilder app)
    {
        var courses = app.MapGroup("/api/v1/enablement/courses").WithTags("Courses");
        courses.MapPost("/", async (CourseBody b, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var course = await sender.Send(new CreateCourseCommand(b.Title, b.Product, b.Level, b.DurationHours), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/enablement/courses/{course.Id}", course);
            })
            .RequireAuthorization(Policies.ChannelManager).ProducesStandardErrors()
            .WithName("CreateCourse")
            .WithSummary("Create a course as a draft; partner users see it once published.");
        courses.MapPost("/{id:guid}/publish", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new PublishCourseCommand(id), ct)))
            .RequireAuthorization(Policies.ChannelManager).ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict)
            .WithName("PublishCourse")
            .WithSummary("Publish a draft course (409 when already published).");
        courses.MapGet("/", async (string? status, string? product, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCoursesQuery(status, product, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read).WithSummary("Courses; partner users see published ones.").ProducesStandardErrors()
            .WithName("ListCourses");

        var certifications = app.MapGroup("/api/v1/enablement/certifications").WithTags("Certifications");
        certifications.MapPost("/", async (CertificationBody b, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var certification = await sender.Send(new CreateCertificationCommand(b.Name, b.Track, b.RequiredCourseIds, b.PassingScore, b.ValidityMonths), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/enablement/certifications/{certification.Id}", certification);
            })
            .RequireAuthorization(Policies.ChannelManager).ProducesStandardErrors(StatusCodes.Status422UnprocessableEntity)
            .WithName("CreateCertification")
            .WithSummary("Create a certification: its track, required courses, passing score and validity.");
        certifications.MapGet("/", async (string? track, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListCertificationsQuery(track, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read).ProducesStandardErrors()
            .WithName("ListCertifications")
            .WithSummary("Certifications, by track, paged.");

        var assets = app.MapGroup("/api/v1/enablement/assets").WithTags("Assets");
        assets.MapPost("/", async (AssetBody b, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var asset = await sender.Send(new CreateAssetCommand(b.Title, b.Kind, b.Url, b.Product, b.MinimumTier), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/enablement/assets/{asset.Id}", asset);
            })
            .RequireAuthorization(Policies.ChannelManager).ProducesStandardErrors()
            .WithName("CreateAsset")
            .WithSummary("Publish an asset for partners at or above its minimum tier.");
        assets.MapGet("/", async (string? kind, string? product, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListAssetsQuery(kind, product, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read).WithSummary("Assets; a Partner caller sees only those at or below its tier.").ProducesStandardErrors()
            .WithName("ListAssets");
        assets.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetAssetQuery(id), ct)))
            .RequireAuthorization(Policies.Read).WithSummary("An asset above a Partner caller's tier is 404.").ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetAsset");
    }
}
