using Partners.Domain.Satisfaction;

namespace Partners.Application.Satisfaction;

public sealed record SatisfactionResponseDto(Guid Id, Guid PartnerId, int Score, string? Comment, string RespondedBy, DateTimeOffset RespondedAt);

public static class SatisfactionMapping
{
    public static SatisfactionResponseDto ToResponse(this SatisfactionResponse r) =>
        new(r.Id, r.PartnerId, r.Score, r.Comment, r.RespondedBy, r.RespondedAt);
}
