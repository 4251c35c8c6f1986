using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;

namespace Partners.Application.Escalations.ResolveEscalation;

public sealed record ResolveEscalationCommand(Guid EscalationId, string? Resolution) : ICommand<EscalationResponse>, ITransactional;

public sealed class ResolveEscalationValidator : AbstractValidator<ResolveEscalationCommand>
{
    public ResolveEscalationValidator() => RuleFor(c => c.Resolution).NotEmpty().MaximumLength(10_000);
}

public sealed class ResolveEscalationHandler(IPartnersDbContext db, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<ResolveEscalationCommand, EscalationResponse>
{
    public async ValueTask<EscalationResponse> Handle(ResolveEscalationCommand c, CancellationToken cancellationToken)
    {
        var escalation = await db.Escalations.SingleOrDefaultAsync(e => e.Id == c.EscalationId, cancellationToken)
            ?? throw new NotFoundException("Escalation", c.EscalationId);
        preconditions.EnsureVersion(escalation.Version);
        var now = clock.GetUtcNow();
        escalation.Resolve(c.Resolution!, now);
        return escalation.ToResponse(now);
    }
}
