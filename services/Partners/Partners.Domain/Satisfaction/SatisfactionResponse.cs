using ChannelPlatform.SharedKernel;

namespace Partners.Domain.Satisfaction;

/// <summary>A partner's answer to the satisfaction survey; 4 and 5 count as satisfied.</summary>
public sealed class SatisfactionResponse : AggregateRoot
{
    private SatisfactionResponse()
    {
    }

    public Guid PartnerId { get; private set; }

    public int Score { get; private set; }

    public string? Comment { get; private set; }

    public string RespondedBy { get; private set; } = string.Empty;

    public DateTimeOffset RespondedAt { get; private set; }

    public bool IsSatisfied => Score >= 4;

    public static SatisfactionResponse Record(Guid partnerId, int score, string? comment, string respondedBy, DateTimeOffset now)
    {
        if (score is < 1 or > 5)
            throw new InvalidValueException("score", "score must be between 1 and 5.");
        var response = new SatisfactionResponse
        {
            Id = Guid.CreateVersion7(),
            PartnerId = partnerId,
            Score = score,
            Comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim(),
            RespondedBy = respondedBy,
            RespondedAt = now,
        };
        response.IncrementVersion();
        return response;
    }
}
