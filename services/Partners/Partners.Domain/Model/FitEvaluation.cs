namespace Partners.Domain.Model;

/// <summary>The latest recruitment evaluation of a partner.</summary>
public sealed record FitEvaluation(FitScores Scores, decimal FitScore, string? Notes, DateTimeOffset EvaluatedAt);
