using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Enablement.Application.Reporting;
using Enablement.Application.Training;
using Mediator;

namespace Enablement.Api.Endpoints;

/// <summary>What reps do (completions, exams) and what the program sees (certification views, KPIs).</summary>
internal static class TrainingEndpoints
{
    public sealed record CompletionBody(Guid? ContactId, Guid? CourseId, DateOnly? CompletedOn);

    public sealed record AttemptBody(Guid? ContactId, Guid? CertificationId, int? Score);

    public static void MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/enablement").WithTags("Training");

        group.MapPost("/course-completions", async (CompletionBody b, ISender sender, CancellationToken ct) =>
            {
                var completion = await sender.Send(new RecordCompletionCommand(b.ContactId, b.CourseId, b.CompletedOn), ct);
                return TypedResults.Created($"/api/v1/enablement/course-completions/{completion.Id}", completion);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithSummary("A rep completed a published course; partner users record it for their own reps only.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/exam-attempts", async (AttemptBody b, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new TakeExamCommand(b.ContactId, b.CertificationId, b.Score), ct);
                return TypedResults.Created($"/api/v1/enablement/exam-attempts/{result.AttemptId}", result);
            })
            .RequireAuthorization(Policies.ManagerOrPartner)
            .WithSummary("Record an exam attempt: 422 if the contact is not an active rep of an active partner, a required course is missing, or after 3 attempts in 30 days. A pass issues (or renews) the certification.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/partners/{partnerId:guid}/certifications", async (Guid partnerId, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetPartnerCertificationsQuery(partnerId), ct)))
            .RequireAuthorization(Policies.Read)
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapGet("/kpis", async (ISender sender, CancellationToken ct) => TypedResults.Ok(await sender.Send(new GetEnablementKpisQuery(), ct)))
            .RequireAuthorization(Policies.Internal)
            .ProducesStandardErrors();
    }
}
