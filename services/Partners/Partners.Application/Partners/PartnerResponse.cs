using ChannelPlatform.Application;
using ChannelPlatform.Application.Security;
using Partners.Domain.Model;
using Partners.Domain.Tiers;

namespace Partners.Application.Partners;

public sealed record EvaluationResponse(
    int MarketReach,
    int TechnicalCapability,
    int SalesCapacity,
    int StrategicAlignment,
    int CustomerBase,
    decimal FitScore,
    string? Notes,
    DateTimeOffset EvaluatedAt);

public sealed record PartnerResponse(
    Guid Id,
    string Name,
    PartnerType Type,
    string Website,
    string Domain,
    Region Region,
    string Country,
    int SalesTeamSize,
    IReadOnlyList<string> Specializations,
    PartnerStatus Status,
    string? StatusReason,
    PartnerTier? Tier,
    bool TierOverridden,
    decimal? FitScore,
    EvaluationResponse? Evaluation,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ActivatedAt,
    string Version) : IVersioned;

public static class PartnerMapping
{
    /// <summary>
    /// A Partner caller reads its partner without the internal evaluation (fit score, dimension scores,
    /// notes) and without internal status notes (the recorded reason of a suspension or termination):
    /// those fields are null for it. Staff and internal systems see everything.
    /// </summary>
    public static PartnerResponse ToResponse(this Partner p, ICurrentUser viewer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var response = p.ToResponse();
        return viewer.IsPartner ? response with { FitScore = null, Evaluation = null, StatusReason = null } : response;
    }

    public static PartnerResponse ToResponse(this Partner p) => new(
        p.Id,
        p.Name,
        p.Type,
        p.Website,
        p.Domain,
        p.Region,
        p.Country,
        p.SalesTeamSize,
        p.Specializations,
        p.Status,
        p.StatusReason,
        p.Tier,
        p.TierPinned,
        p.Evaluation?.FitScore,
        p.Evaluation?.ToResponse(),
        p.CreatedAt,
        p.ActivatedAt,
        VersionTag.Format(p.Version));

    public static EvaluationResponse ToResponse(this FitEvaluation e) => new(
        e.Scores.MarketReach,
        e.Scores.TechnicalCapability,
        e.Scores.SalesCapacity,
        e.Scores.StrategicAlignment,
        e.Scores.CustomerBase,
        e.FitScore,
        e.Notes,
        e.EvaluatedAt);
}
