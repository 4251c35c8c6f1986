using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revenue.Application.Abstractions;
using Revenue.Domain.Bookings;
using Revenue.Domain.Mdf;

namespace Revenue.Application.Mdf;

/// <param name="Allocated">The tier's mdfPercent × the partner's prior-year revenue, or the amount set by PUT.</param>
/// <param name="Remaining">allocated − committed: what approvals may still commit; never negative.</param>
public sealed record MdfBudgetResponse(
    Guid PartnerId, int Year, string Currency, decimal Allocated, MdfBudgetSource Source, decimal? MdfPercent, decimal? PriorYearRevenue,
    decimal Committed, decimal Claimed, decimal Paid, decimal Remaining, string Version) : IVersioned;

public sealed record GetMdfBudgetQuery(Guid PartnerId, int? Year) : IQuery<MdfBudgetResponse>;

public sealed record SetMdfBudgetCommand(Guid PartnerId, int? Year, decimal? Amount) : ICommand<MdfBudgetResponse>, ITransactional;

public sealed class GetMdfBudgetValidator : AbstractValidator<GetMdfBudgetQuery>
{
    public GetMdfBudgetValidator() => RuleFor(q => q.Year).InclusiveBetween(2000, 2100).When(q => q.Year is not null);
}

public sealed class SetMdfBudgetValidator : AbstractValidator<SetMdfBudgetCommand>
{
    public SetMdfBudgetValidator()
    {
        RuleFor(c => c.Year).InclusiveBetween(2000, 2100).When(c => c.Year is not null);
        RuleFor(c => c.Amount).NotNull().GreaterThanOrEqualTo(0).PrecisionScale(18, 2, true);
    }
}

/// <summary>
/// A year's MDF budget. Until something commits it, it is computed on read from the partner's tier and
/// prior-year revenue; the first approval (or a PUT) fixes it in a row that every later change locks.
/// </summary>
public sealed class MdfBudgetHandler(IRevenueDbContext db, ICurrentUser user, IRequestPreconditions preconditions, IOptions<PlatformOptions> platform, TimeProvider clock) :
    IQueryHandler<GetMdfBudgetQuery, MdfBudgetResponse>,
    ICommandHandler<SetMdfBudgetCommand, MdfBudgetResponse>
{
    public async ValueTask<MdfBudgetResponse> Handle(GetMdfBudgetQuery q, CancellationToken ct)
    {
        user.EnsureCanAccess(q.PartnerId, "partner", q.PartnerId);
        var year = q.Year ?? clock.GetUtcNow().Year;
        var budget = await db.MdfBudgets.AsNoTracking().SingleOrDefaultAsync(b => b.PartnerId == q.PartnerId && b.Year == year, ct);
        var computed = await new MdfBudgetCalculator(db, platform.Value).ComputeAsync(q.PartnerId, year, ct);
        budget?.FollowComputed(computed.Budget.Allocated);
        return (budget ?? computed.Budget).ToResponse(computed);
    }

    public async ValueTask<MdfBudgetResponse> Handle(SetMdfBudgetCommand c, CancellationToken ct)
    {
        var (budget, computed) = await new MdfBudgetCalculator(db, platform.Value).LockAsync(c.PartnerId, c.Year ?? clock.GetUtcNow().Year, ct);
        preconditions.EnsureVersion(budget.Version);
        budget.Set(c.Amount!.Value);
        return budget.ToResponse(computed);
    }
}

/// <summary>The computed allocation: the partner's current tier MDF percent × its partner revenue booked in the prior year.</summary>
public sealed class MdfBudgetCalculator(IRevenueDbContext db, PlatformOptions platform)
{
    public sealed record Computed(MdfBudget Budget, decimal MdfPercent, decimal PriorYearRevenue);

    public async Task<Computed> ComputeAsync(Guid partnerId, int year, CancellationToken ct)
    {
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.PartnerId == partnerId, ct) ?? throw new NotFoundException("partner", partnerId);
        var from = new DateOnly(year - 1, 1, 1);
        var to = new DateOnly(year, 1, 1);
        var revenue = await db.Bookings.AsNoTracking()
            .Where(b => b.PartnerId == partnerId && b.Kind == BookingKind.Partner && b.BookedOn >= from && b.BookedOn < to)
            .SumAsync(b => b.Amount, ct);
        return new Computed(MdfBudget.Computed(partnerId, year, partner.MdfPercent, revenue, platform.ReportingCurrency), partner.MdfPercent, revenue);
    }

    /// <summary>The year's budget row, locked for the transaction (created if missing), its computed allocation brought up to date.</summary>
    public async Task<(MdfBudget Budget, Computed Computed)> LockAsync(Guid partnerId, int year, CancellationToken ct)
    {
        var computed = await ComputeAsync(partnerId, year, ct);
        var budget = await db.LockBudgetAsync(partnerId, year, () => computed.Budget, ct);
        budget.FollowComputed(computed.Budget.Allocated);
        return (budget, computed);
    }
}

public static class MdfBudgetMapping
{
    public static MdfBudgetResponse ToResponse(this MdfBudget b, MdfBudgetCalculator.Computed computed) =>
        new(
            b.PartnerId,
            b.Year,
            b.Currency,
            b.Allocated,
            b.Source,
            b.Source == MdfBudgetSource.Computed ? computed.MdfPercent : null,
            b.Source == MdfBudgetSource.Computed ? computed.PriorYearRevenue : null,
            b.Committed,
            b.Claimed,
            b.Paid,
            b.Remaining,
            VersionTag.Format(b.Version));
}
