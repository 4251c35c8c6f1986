using Enablement.Domain.Certifications;

namespace Enablement.Application.Training;

public sealed record RepCertificationResponse(
    Guid Id,
    Guid ContactId,
    Guid PartnerId,
    Guid CertificationId,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    RepCertificationStatus Status,
    bool Renewed);

/// <summary>What recording or reviewing an attempt answers: the result and, for a verified pass, the certification it issued.</summary>
public sealed record ExamResultResponse(
    Guid AttemptId,
    Guid ContactId,
    Guid CertificationId,
    int Score,
    int PassingScore,
    bool Passed,
    int AttemptsInLast30Days,
    RepCertificationResponse? RepCertification,
    ExamAttemptStatus Status,
    Guid PartnerId,
    string SubmittedBy,
    DateTimeOffset AttemptedAt,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? RejectionReason);

/// <summary>One recorded attempt, as the review queue lists it.</summary>
public sealed record ExamAttemptResponse(
    Guid Id,
    Guid ContactId,
    Guid PartnerId,
    Guid CertificationId,
    int Score,
    bool Passed,
    ExamAttemptStatus Status,
    string SubmittedBy,
    DateTimeOffset AttemptedAt,
    string? ReviewedBy,
    DateTimeOffset? ReviewedAt,
    string? RejectionReason);

public static class ExamMapping
{
    public static ExamResultResponse ToResult(
        this ExamAttempt a, Certification certification, int attemptsInWindow, RepCertificationResponse? issued) =>
        new(a.Id, a.ContactId, a.CertificationId, a.Score, certification.PassingScore, a.Passed, attemptsInWindow, issued,
            a.Status, a.PartnerId, a.SubmittedBy, a.AttemptedAt, a.ReviewedBy, a.ReviewedAt, a.RejectionReason);

    public static ExamAttemptResponse ToResponse(this ExamAttempt a) =>
        new(a.Id, a.ContactId, a.PartnerId, a.CertificationId, a.Score, a.Passed, a.Status, a.SubmittedBy, a.AttemptedAt,
            a.ReviewedBy, a.ReviewedAt, a.RejectionReason);
}
