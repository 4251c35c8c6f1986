using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Enablement.Application.Training;
using Mediator;

namespace Enablement.Api.Endpoints;

/// <summary>Exam attempts: recorded by a trusted source (verified at once) or by a partner (pending a manager's review).</summary>
internal static class ExamEndpoints
{
    public sealed record AttemptBody(Guid? ContactId, Guid? CertificationId, int? Score);

    public sealed record RejectBody(string? Reason);

    public static void MapExamEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/enablement/exam-attempts").WithTags("Training");

        group.MapPost("/", async (AttemptBody b, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new TakeExamCommand(b.ContactId, b.CertificationId, b.Score), ct);
                return TypedResults.Created($"/api/v1/enablement/exam-attempts/{result.AttemptId}", result);
            })
            .RequireAuthorization(EnablementPolicies.RecordTraining)
            .WithName("RecordExamAttempt")
            .WithSummary("Record an exam attempt. From a ChannelManager or an Integration token with enablement:write the score is "
                + "Verified at once and a pass issues (or renews) the certification; from a Partner token (its own reps only) it is "
                + "PendingReview and counts only once verified. 422 if the contact is not an active rep of an active partner, a required "
                + "course is missing, or after 3 attempts in 30 days (every recorded attempt counts, pending and rejected ones too).")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);

        group.MapGet("/", async (string? status, Guid? partnerId, Guid? contactId, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
            {
                var page = PagingQuery.ToPageRequest(limit, cursor);
                return TypedResults.Ok(await sender.Send(new ListExamAttemptsQuery(status, partnerId, contactId, page), ct));
            })
            .RequireAuthorization(Policies.Read)
            .WithName("ListExamAttempts")
            .WithSummary("Exam attempts, e.g. the review queue (?status=PendingReview); a partner user sees its own reps' attempts only.")
            .ProducesStandardErrors();

        group.MapGet("/{id:guid}", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new GetExamAttemptQuery(id), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("GetExamAttempt")
            .WithSummary("One exam attempt and its review; another partner's attempt is 404 for a partner user.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound);

        group.MapPost("/{id:guid}/verify", async (Guid id, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new VerifyExamAttemptCommand(id), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("VerifyExamAttempt")
            .WithSummary("Verify a pending attempt: a pass issues (or renews) the certification now and counts for the partner's tier. "
                + "409 unless PendingReview; 422 if the rep or partner is no longer active.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict, StatusCodes.Status422UnprocessableEntity);

        group.MapPost("/{id:guid}/reject", async (Guid id, RejectBody b, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new RejectExamAttemptCommand(id, b.Reason), ct)))
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("RejectExamAttempt")
            .WithSummary("Reject a pending attempt with a reason: it never counts (it still counts towards the 3 attempts in 30 days). "
                + "409 unless PendingReview.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
    }
}
