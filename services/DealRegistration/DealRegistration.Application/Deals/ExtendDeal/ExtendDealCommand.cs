using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using FluentValidation;
using Mediator;

namespace DealRegistration.Application.Deals.ExtendDeal;

public sealed record ExtendDealCommand(Guid DealId, int? Days, string? Reason) : ICommand<DealResponse>, ITransactional;

public sealed class ExtendDealValidator : AbstractValidator<ExtendDealCommand>
{
    public ExtendDealValidator()
    {
        RuleFor(c => c.Days).NotNull().InclusiveBetween(1, 90);
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
    }
}

public sealed class ExtendDealHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<ExtendDealCommand, DealResponse>
{
    public async ValueTask<DealResponse> Handle(ExtendDealCommand c, CancellationToken cancellationToken)
    {
        var deal = await db.GetDealAsync(user, c.DealId, cancellationToken);
        preconditions.EnsureVersion(deal.Version);
        var now = clock.GetUtcNow();
        deal.Extend(c.Days!.Value, c.Reason!, user.Name, now);
        return deal.ToResponse(user, now);
    }
}
