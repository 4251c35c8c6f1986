using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using FluentValidation;
using Mediator;

namespace DealRegistration.Application.Deals.GetDealKpis;

/// <summary>Deals submitted in [from, to); default: the last 90 days.</summary>
public sealed record GetDealKpisQuery(DateOnly? From, DateOnly? To, Guid? PartnerId) : IQuery<DealKpisResponse>;

public sealed record DealKpisResponse(
    DateOnly From,
    DateOnly To,
    int Submitted,
    int Approved,
    int Rejected,
    int Pending,
    int Overdue,
    double? MedianDecisionHours,
    double? P90DecisionHours,
    double? DecidedWithinSlaPercent,
    double? ApprovalRate,
    double? WinRate);

public sealed class GetDealKpisValidator : AbstractValidator<GetDealKpisQuery>
{
    public GetDealKpisValidator() =>
        RuleFor(q => q.To).GreaterThan(q => q.From).When(q => q.From is not null && q.To is not null).WithMessage("'to' must be after 'from'.");
}

public sealed class GetDealKpisHandler(IDealStatistics statistics, ICurrentUser user, TimeProvider clock) : IQueryHandler<GetDealKpisQuery, DealKpisResponse>
{
    public async ValueTask<DealKpisResponse> Handle(GetDealKpisQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var to = query.To ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(1);
        var from = query.From ?? to.AddDays(-90);
        var k = await statistics.KpisAsync(
            new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            new DateTimeOffset(to.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
            user.ScopedPartnerId(query.PartnerId),
            now,
            cancellationToken);
        return new DealKpisResponse(from, to, k.Submitted, k.Approved, k.Rejected, k.Pending, k.Overdue, k.MedianDecisionHours, k.P90DecisionHours, k.DecidedWithinSlaPercent, k.ApprovalRate, k.WinRate);
    }
}
