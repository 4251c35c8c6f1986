using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Partners.Application.Abstractions;
using Partners.Domain.Escalations;

namespace Partners.Application.Escalations.RaiseEscalation;

public sealed record RaiseEscalationCommand(Guid PartnerId, string? Severity, string? Subject, string? Description) : ICommand<EscalationResponse>, ITransactional;

public sealed class RaiseEscalationValidator : AbstractValidator<RaiseEscalationCommand>
{
    public RaiseEscalationValidator()
    {
        RuleFor(c => c.Severity).IsEnumName<RaiseEscalationCommand, EscalationSeverity>();
        RuleFor(c => c.Subject).NotEmpty().MaximumLength(300);
        RuleFor(c => c.Description).NotEmpty().MaximumLength(10_000);
    }
}

public sealed class RaiseEscalationHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RaiseEscalationCommand, EscalationResponse>
{
    public async ValueTask<EscalationResponse> Handle(RaiseEscalationCommand c, CancellationToken cancellationToken)
    {
        await db.EnsurePartnerVisibleAsync(user, c.PartnerId, cancellationToken);
        var now = clock.GetUtcNow();
        var escalation = Escalation.Raise(c.PartnerId, Validation.ParseEnum<EscalationSeverity>(c.Severity!), c.Subject!, c.Description!, user.Name, now);
        db.Escalations.Add(escalation);
        return escalation.ToResponse(now);
    }
}
