using ChannelPlatform.Application.Security;
using Partners.Domain.Satisfaction;

namespace Partners.Application.Satisfaction;

public sealed record SatisfactionResponseDto(
    Guid Id, Guid PartnerId, int Score, string? Comment, string RespondedBy, DateTimeOffset RespondedAt, string Quarter, string Version);

/// <summary>What answering did: a first answer for the quarter (201) or a replacement of the respondent's earlier one (200).</summary>
public sealed record RecordedSatisfaction(SatisfactionResponseDto Response, bool Replaced);

public static class SatisfactionMapping
{
    public static SatisfactionResponseDto ToResponse(this SatisfactionResponse r) =>
        new(r.Id, r.PartnerId, r.Score, r.Comment, r.RespondedBy, r.RespondedAt, r.Quarter, VersionTag.Format(r.Version));
}
