using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Application.Rates;
using Revenue.Domain.Bookings;
using Revenue.Domain.Mdf;
using Revenue.Domain.Partners;
using Revenue.Domain.Rates;

namespace Revenue.Application.Mdf;

/// <param name="Currency">The partner's payout currency (fixed when the budget is first locked): every amount is in it.</param>
/// <param name="Allocated">The tier's mdfPercent × the partner's prior-year revenue, or the amount set by PUT.</param>
/// <param name="PriorYearRevenue">
/// The partner's prior-year revenue in the budget's currency (converted from the reporting currency at the rate of the year's first day).
/// </param>
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
        RuleFor(c => c.Amount).NotNull().GreaterThanOrEqualTo(0).IsAmount();
    }
}

/// <summary>
/// A year's MDF budget. Until something commits it, it is computed on read from the partner's tier and
/// prior-year revenue; the first approval (or a PUT) fixes it in a row that every later change locks.
/// </summary>
public sealed class MdfBudgetHandler(IRevenueDbContext db, ICurrentUser user, IRequestPreconditions preconditions, ExchangeRateBook rates, TimeProvider clock) :
    IQueryHandler<GetMdfBudgetQuery, MdfBudgetResponse>,
    ICommandHandler<SetMdfBudgetCommand, MdfBudgetResponse>
{
    public async ValueTask<MdfBudgetResponse> Handle(GetMdfBudgetQuery q, CancellationToken ct)
    {
        user.EnsureCanAccess(q.PartnerId, "partner", q.PartnerId);
        var year = q.Year ?? clock.GetUtcNow().Year;
        var budget = await db.MdfBudgets.AsNoTracking().SingleOrDefaultAsync(b => b.PartnerId == q.PartnerId && b.Year == year, ct);
        var computed = await new MdfBudgetCalculator(db, rates, clock).ComputeAsync(q.PartnerId, year, ct);
        budget?.FollowComputed(Money.Of(computed.Budget.Allocated, computed.Budget.BudgetCurrency));
        return (budget ?? computed.Budget).ToResponse(computed);
    }

    public async ValueTask<MdfBudgetResponse> Handle(SetMdfBudgetCommand c, CancellationToken ct)
    {
        var (budget, computed) = await new MdfBudgetCalculator(db, rates, clock).LockAsync(c.PartnerId, c.Year ?? clock.GetUtcNow().Year, ct);
        preconditions.EnsureVersion(budget.Version);
        budget.Set(c.Amount!.Value);
        return budget.ToResponse(computed);
    }
}

/// <summary>
/// The computed allocation: the partner's current tier MDF percent × its partner revenue booked in the prior year, in the
/// budget's currency: the existing row's, else the partner's payout currency. Revenue is summed in the reporting currency
/// (each booking at its own rate) and converted once at the rate in force on the budget year's first day.
/// </summary>
public sealed class MdfBudgetCalculator(IRevenueDbContext db, ExchangeRateBook rates, TimeProvider clock)
{
    public sealed record Computed(MdfBudget Budget, decimal MdfPercent, decimal PriorYearRevenue);

    public async Task<Computed> ComputeAsync(Guid partnerId, int year, CancellationToken ct)
    {
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.PartnerId == partnerId, ct) ?? throw new NotFoundException("partner", partnerId);
        var currency = await BudgetCurrencyAsync(partnerId, year, ct);
        var from = new DateOnly(year - 1, 1, 1);
        var to = new DateOnly(year, 1, 1);
        var revenue = Money.Of(
            await db.Bookings.AsNoTracking()
                .Where(b => b.PartnerId == partnerId && b.Kind == BookingKind.Partner && b.BookedOn >= from && b.BookedOn < to)
                .SumAsync(b => b.ReportingAmount, ct),
            rates.Reporting);
        var inBudget = revenue.IsZero || currency == rates.Reporting
            ? Money.Of(revenue.Amount, currency)
            : DatedRate.Reporting(rates.Reporting, to).Convert(revenue, await rates.RequireAsync(currency, to, ct));
        return new Computed(MdfBudget.Computed(partnerId, year, partner.MdfPercent, inBudget), partner.MdfPercent, inBudget.Amount);
    }

    /// <summary>The currency the year's budget is (or will be) held in.</summary>
    public async Task<Currency> BudgetCurrencyAsync(Guid partnerId, int year, CancellationToken ct)
    {
        var existing = await db.MdfBudgets.AsNoTracking()
            .Where(b => b.PartnerId == partnerId && b.Year == year).Select(b => b.Currency).SingleOrDefaultAsync(ct);
        if (existing is not null)
            return Currency.Of(existing);
        var agreements = await db.Agreements.AsNoTracking().Where(a => a.PartnerId == partnerId).ToListAsync(ct);
        return AgreementTerms.PayoutCurrencyOn(agreements, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), rates.Reporting);
    }

    /// <summary>The year's budget row, locked for the transaction (created if missing), its computed allocation brought up to date.</summary>
    public async Task<(MdfBudget Budget, Computed Computed)> LockAsync(Guid partnerId, int year, CancellationToken ct)
    {
        var computed = await ComputeAsync(partnerId, year, ct);
        var budget = await db.LockBudgetAsync(partnerId, year, () => computed.Budget, ct);
        if (budget.BudgetCurrency == computed.Budget.BudgetCurrency)
            budget.FollowComputed(Money.Of(computed.Budget.Allocated, budget.BudgetCurrency));
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
