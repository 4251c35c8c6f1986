using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using FluentValidation;
using Mediator;

namespace DealRegistration.Application.Deals.DecideDeal;

public sealed record RejectDealCommand(Guid DealId, string? Reason) : ICommand<DealResponse>, ITransactional;

public sealed class RejectDealValidator : AbstractValidator<RejectDealCommand>
{
    public RejectDealValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
}

public sealed class RejectDealHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<RejectDealCommand, DealResponse>
{
    public async ValueTask<DealResponse> Handle(RejectDealCommand c, CancellationToken cancellationToken)
    {
        var deal = await db.GetDealAsync(user, c.DealId, cancellationToken);
        preconditions.EnsureVersion(deal.Version);
        var now = clock.GetUtcNow();
        deal.Reject(c.Reason!, user.Name, now);
        return deal.ToResponse(user, now);
    }
}
