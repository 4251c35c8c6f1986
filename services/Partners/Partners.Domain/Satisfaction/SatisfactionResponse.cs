using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Satisfaction;

/// <summary>
/// One respondent's answer to a partner's satisfaction survey for a quarter; 4 and 5 count as satisfied.
/// A respondent (the token subject) answers once per partner and quarter: answering again replaces the
/// answer, so one account cannot move the score by answering many times.
/// </summary>
public sealed class SatisfactionResponse : AggregateRoot
{
    private SatisfactionResponse()
    {
    }

    public Guid PartnerId { get; private set; }

    /// <summary>Who answered, as the token's subject: the key of "one answer per respondent".</summary>
    public string Respondent { get; private set; } = string.Empty;

    /// <summary>The survey's quarter, <c>2026-Q4</c>, from the time of the first answer.</summary>
    public string Quarter { get; private set; } = string.Empty;

    public int Score { get; private set; }

    public string? Comment { get; private set; }

    public string RespondedBy { get; private set; } = string.Empty;

    public DateTimeOffset RespondedAt { get; private set; }

    public bool IsSatisfied => Score >= 4;

    public static string QuarterOf(DateTimeOffset at) => $"{at.UtcDateTime.Year}-Q{((at.UtcDateTime.Month - 1) / 3) + 1}";

    public static SatisfactionResponse Record(Guid partnerId, int score, string? comment, string respondent, string respondedBy, DateTimeOffset now)
    {
        var response = new SatisfactionResponse
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            Respondent = respondent,
            Quarter = QuarterOf(now),
        };
        response.Answer(score, comment, respondedBy, now);
        return response;
    }

    /// <summary>The respondent answers again in the same quarter: the new answer is the one that counts.</summary>
    public void Replace(int score, string? comment, string respondedBy, DateTimeOffset now)
    {
        if (QuarterOf(now) != Quarter)
            throw new InvalidTransitionException($"The {Quarter} answer is closed; an answer in {QuarterOf(now)} is a new response.");
        Answer(score, comment, respondedBy, now);
    }

    private void Answer(int score, string? comment, string respondedBy, DateTimeOffset now)
    {
        if (score is < 1 or > 5)
            throw new InvalidValueException("score", "score must be between 1 and 5.");
        Score = score;
        Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        RespondedBy = respondedBy;
        RespondedAt = now;
        IncrementVersion();
    }
}
