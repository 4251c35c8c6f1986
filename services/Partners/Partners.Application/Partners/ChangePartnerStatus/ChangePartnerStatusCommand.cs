using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Partners.Application.Abstractions;

namespace Partners.Application.Partners.ChangePartnerStatus;

public enum StatusChange
{
    Suspend,
    Reactivate,
    Terminate,
}

public sealed record ChangePartnerStatusCommand(Guid PartnerId, StatusChange Change, string? Reason) : ICommand<PartnerResponse>, ITransactional;

public sealed class ChangePartnerStatusValidator : AbstractValidator<ChangePartnerStatusCommand>
{
    public ChangePartnerStatusValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
}

public sealed class ChangePartnerStatusHandler(IPartnersDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<ChangePartnerStatusCommand, PartnerResponse>
{
    public async ValueTask<PartnerResponse> Handle(ChangePartnerStatusCommand c, CancellationToken cancellationToken)
    {
        var partner = await db.GetPartnerAsync(user, c.PartnerId, cancellationToken);
        preconditions.EnsureVersion(partner.Version);
        var now = clock.GetUtcNow();
        switch (c.Change)
        {
            case StatusChange.Suspend:
                partner.Suspend(c.Reason!, now);
                break;
            case StatusChange.Reactivate:
                partner.Reactivate(c.Reason!, now);
                break;
            case StatusChange.Terminate:
                partner.Terminate(c.Reason!, now);
                break;
        }

        return partner.ToResponse();
    }
}
