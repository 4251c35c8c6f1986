using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Enablement.Application.Reporting;
using Enablement.Application.Training;
using Mediator;

namespace Enablement.Api.Endpoints;

/// <summary>What reps do (course completions; exams are in <see cref="ExamEndpoints"/>) and what the program sees (certification views, KPIs).</summary>
internal static class TrainingEndpoints
{
    public sealed record CompletionBody(Guid? ContactId, Guid? CourseId, DateOnly? CompletedOn);

    public static void MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/enablement").WithTags("Training");

        group.MapPost("/course-completions", async (CompletionBody b, ISender sender, CancellationToken ct) =>
            {
                var completion = await sender.Send(new RecordCompletionCommand(b.ContactId, b.CourseId, b.CompletedOn), ct);
                return TypedResults.Created($"/api/v1/enablement/course-completions/{completion.Id}", completion);
            })
            .RequireAuthorization(EnablementPolicies.RecordTraining)
            .WithName("RecordCourseCompletion")
            .WithSummary("A rep completed a published course; partner users record it for their own reps only, an Integration token "
                + "with the enablement:write scope (an LMS) for any partner's reps.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/partners/{partnerId:guid}/certifications", async (Guid partnerId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPartnerCertificationsQuery(partnerId), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("GetPartnerCertifications")
            .WithSummary("The partner's certified reps and their certifications.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapGet("/kpis", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetEnablementKpisQuery(), ct)))
            .RequireAuthorization(Policies.Internal)
            .WithName("GetEnablementKpis")
            .WithSummary("Enablement KPIs across partners: course completions, certifications and exam results.")
            .ProducesStandardErrors();
    }
}
