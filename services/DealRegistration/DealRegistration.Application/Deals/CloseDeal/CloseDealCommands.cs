using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using FluentValidation;
using Mediator;

namespace DealRegistration.Application.Deals.CloseDeal;

public sealed record WinDealCommand(Guid DealId, decimal? ActualValue, DateOnly? ClosedOn) : ICommand<DealResponse>, ITransactional;

public sealed record LoseDealCommand(Guid DealId, string? Reason) : ICommand<DealResponse>, ITransactional;

public sealed class WinDealValidator : AbstractValidator<WinDealCommand>
{
    public WinDealValidator()
    {
        RuleFor(c => c.ActualValue).NotNull().GreaterThan(0).LessThan(1_000_000_000_000m).IsAmount();
        RuleFor(c => c.ClosedOn).NotNull();
    }
}

public sealed class LoseDealValidator : AbstractValidator<LoseDealCommand>
{
    public LoseDealValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
}

public sealed class WinDealHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<WinDealCommand, DealResponse>
{
    public async ValueTask<DealResponse> Handle(WinDealCommand c, CancellationToken cancellationToken)
    {
        var deal = await db.GetDealAsync(user, c.DealId, cancellationToken);
        preconditions.EnsureVersion(deal.Version);
        var now = clock.GetUtcNow();
        deal.Win(c.ActualValue!.Value, c.ClosedOn!.Value, user.Name, now);
        return deal.ToResponse(user, now);
    }
}

public sealed class LoseDealHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<LoseDealCommand, DealResponse>
{
    public async ValueTask<DealResponse> Handle(LoseDealCommand c, CancellationToken cancellationToken)
    {
        var deal = await db.GetDealAsync(user, c.DealId, cancellationToken);
        preconditions.EnsureVersion(deal.Version);
        var now = clock.GetUtcNow();
        deal.Lose(c.Reason!, user.Name, now);
        return deal.ToResponse(user, now);
    }
}
