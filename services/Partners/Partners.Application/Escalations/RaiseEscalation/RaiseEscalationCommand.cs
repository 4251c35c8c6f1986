using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
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

/// <summary>
/// Counts the partner's open escalations of the severity under a lock on (partner, severity), so
/// concurrent raises cannot each see room for one more and together pass the cap.
/// </summary>
public sealed class RaiseEscalationHandler(IPartnersDbContext db, ICurrentUser user, IOptions<EscalationOptions> options, TimeProvider clock)
    : ICommandHandler<RaiseEscalationCommand, EscalationResponse>
{
    public async ValueTask<EscalationResponse> Handle(RaiseEscalationCommand c, CancellationToken cancellationToken)
    {
        await db.EnsurePartnerVisibleAsync(user, c.PartnerId, cancellationToken);
        var severity = Validation.ParseEnum<EscalationSeverity>(c.Severity!);
        await db.LockKeyAsync($"escalations:{c.PartnerId}:{severity}", cancellationToken);
        var open = await db.Escalations.CountAsync(
            e => e.PartnerId == c.PartnerId && e.Severity == severity && e.Status == EscalationStatus.Open, cancellationToken);
        var now = clock.GetUtcNow();
        var escalation = Escalation.Raise(
            c.PartnerId, severity, c.Subject!, c.Description!, user.Name, new OpenEscalations(open, options.Value.MaxOpenPerSeverity), now);
        db.Escalations.Add(escalation);
        return escalation.ToResponse(now);
    }
}
