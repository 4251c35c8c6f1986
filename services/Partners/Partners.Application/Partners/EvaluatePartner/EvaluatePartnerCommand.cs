using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Partners.Application.Abstractions;
using Partners.Domain.Model;

namespace Partners.Application.Partners.EvaluatePartner;

public sealed record EvaluatePartnerCommand(
    Guid PartnerId,
    int? MarketReach,
    int? TechnicalCapability,
    int? SalesCapacity,
    int? StrategicAlignment,
    int? CustomerBase,
    string? Notes) : ICommand<EvaluationResult>, ITransactional;

public sealed record EvaluationResult(Guid PartnerId, decimal FitScore, decimal QualifyingScore, bool Qualified, Domain.Model.PartnerStatus Status, EvaluationResponse Evaluation, string Version);

public sealed class EvaluatePartnerValidator : AbstractValidator<EvaluatePartnerCommand>
{
    public EvaluatePartnerValidator()
    {
        RuleFor(c => c.MarketReach).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.TechnicalCapability).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.SalesCapacity).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.StrategicAlignment).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.CustomerBase).NotNull().InclusiveBetween(1, 5);
        RuleFor(c => c.Notes).MaximumLength(4000);
    }
}

public sealed class EvaluatePartnerHandler(IPartnersDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<EvaluatePartnerCommand, EvaluationResult>
{
    public async ValueTask<EvaluationResult> Handle(EvaluatePartnerCommand c, CancellationToken cancellationToken)
    {
        var partner = await db.GetPartnerAsync(user, c.PartnerId, cancellationToken);
        preconditions.EnsureVersion(partner.Version);
        var scores = new FitScores(c.MarketReach!.Value, c.TechnicalCapability!.Value, c.SalesCapacity!.Value, c.StrategicAlignment!.Value, c.CustomerBase!.Value);
        var evaluation = partner.Evaluate(scores, c.Notes, clock.GetUtcNow());
        return new EvaluationResult(partner.Id, evaluation.FitScore, FitScores.QualifyingScore, scores.Qualifies, partner.Status, evaluation.ToResponse(), VersionTag.Format(partner.Version));
    }
}
