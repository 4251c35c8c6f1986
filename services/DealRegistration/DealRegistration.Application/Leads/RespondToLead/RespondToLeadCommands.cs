using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using FluentValidation;
using Mediator;

namespace DealRegistration.Application.Leads.RespondToLead;

public sealed record AcceptLeadCommand(Guid LeadId) : ICommand<LeadResponse>, ITransactional;

public sealed record DeclineLeadCommand(Guid LeadId, string? Reason) : ICommand<LeadResponse>, ITransactional;

public sealed class DeclineLeadValidator : AbstractValidator<DeclineLeadCommand>
{
    public DeclineLeadValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
}

public sealed class AcceptLeadHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock) : ICommandHandler<AcceptLeadCommand, LeadResponse>
{
    public async ValueTask<LeadResponse> Handle(AcceptLeadCommand c, CancellationToken cancellationToken)
    {
        var lead = await db.GetLeadAsync(user, c.LeadId, cancellationToken);
        preconditions.EnsureVersion(lead.Version);
        lead.Accept(clock.GetUtcNow());
        return lead.ToResponse();
    }
}

public sealed class DeclineLeadHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock) : ICommandHandler<DeclineLeadCommand, LeadResponse>
{
    public async ValueTask<LeadResponse> Handle(DeclineLeadCommand c, CancellationToken cancellationToken)
    {
        var lead = await db.GetLeadAsync(user, c.LeadId, cancellationToken);
        preconditions.EnsureVersion(lead.Version);
        lead.Decline(c.Reason!, clock.GetUtcNow());
        return lead.ToResponse();
    }
}
