using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Deals;
using FluentValidation;
using Mediator;

namespace DealRegistration.Application.Deals.CoSell;

public sealed record RequestCoSellCommand(Guid DealId, string? Type, string? Notes) : ICommand<CoSellResponse>, ITransactional;

public sealed record AssignCoSellCommand(Guid DealId, Guid RequestId, string? SalesEngineer) : ICommand<CoSellResponse>, ITransactional;

public sealed record CompleteCoSellCommand(Guid DealId, Guid RequestId, string? Outcome) : ICommand<CoSellResponse>, ITransactional;

public sealed class RequestCoSellValidator : AbstractValidator<RequestCoSellCommand>
{
    public RequestCoSellValidator()
    {
        RuleFor(c => c.Type).IsEnumName<RequestCoSellCommand, CoSellType>();
        RuleFor(c => c.Notes).MaximumLength(4000);
    }
}

public sealed class AssignCoSellValidator : AbstractValidator<AssignCoSellCommand>
{
    public AssignCoSellValidator() => RuleFor(c => c.SalesEngineer).NotEmpty().MaximumLength(200);
}

public sealed class CompleteCoSellValidator : AbstractValidator<CompleteCoSellCommand>
{
    public CompleteCoSellValidator() => RuleFor(c => c.Outcome).NotEmpty().MaximumLength(4000);
}

public sealed class RequestCoSellHandler(IDealsDbContext db, ICurrentUser user, TimeProvider clock) : ICommandHandler<RequestCoSellCommand, CoSellResponse>
{
    public async ValueTask<CoSellResponse> Handle(RequestCoSellCommand c, CancellationToken cancellationToken)
    {
        var deal = await db.GetDealAsync(user, c.DealId, cancellationToken);
        return deal.RequestCoSell(Validation.ParseEnum<CoSellType>(c.Type!), c.Notes, user.Name, clock.GetUtcNow()).ToResponse();
    }
}

public sealed class AssignCoSellHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock) : ICommandHandler<AssignCoSellCommand, CoSellResponse>
{
    public async ValueTask<CoSellResponse> Handle(AssignCoSellCommand c, CancellationToken cancellationToken)
    {
        var deal = await db.GetDealAsync(user, c.DealId, cancellationToken);
        if (deal.CoSellRequests.All(r => r.Id != c.RequestId))
            throw new NotFoundException("Co-sell request", c.RequestId);
        preconditions.EnsureVersion(deal.Version);
        return deal.AssignCoSell(c.RequestId, c.SalesEngineer!, clock.GetUtcNow()).ToResponse();
    }
}

public sealed class CompleteCoSellHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock) : ICommandHandler<CompleteCoSellCommand, CoSellResponse>
{
    public async ValueTask<CoSellResponse> Handle(CompleteCoSellCommand c, CancellationToken cancellationToken)
    {
        var deal = await db.GetDealAsync(user, c.DealId, cancellationToken);
        if (deal.CoSellRequests.All(r => r.Id != c.RequestId))
            throw new NotFoundException("Co-sell request", c.RequestId);
        preconditions.EnsureVersion(deal.Version);
        return deal.CompleteCoSell(c.RequestId, c.Outcome!, clock.GetUtcNow()).ToResponse();
    }
}
