using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Application.Bookings;
using Revenue.Domain.Rates;

namespace Revenue.Application.Rates;

/// <summary>PUT one dated rate (created, or corrected for the same date); won deals that waited for a rate are booked.</summary>
public sealed record SetExchangeRateCommand(string Currency, DateOnly EffectiveFrom, decimal? Rate) : ICommand<SetExchangeRateResult>, ITransactional;

public sealed record SetExchangeRateResult(ExchangeRateResponse Rate, bool Created);

public sealed class SetExchangeRateValidator : AbstractValidator<SetExchangeRateCommand>
{
    public SetExchangeRateValidator()
    {
        RuleFor(c => c.Currency).IsCurrencyCode();
        RuleFor(c => c.Rate).NotNull().GreaterThan(0);
    }
}

public sealed class SetExchangeRateHandler(IRevenueDbContext db, ExchangeRateBook book, WinBooking winBooking, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<SetExchangeRateCommand, SetExchangeRateResult>
{
    public async ValueTask<SetExchangeRateResult> Handle(SetExchangeRateCommand c, CancellationToken ct)
    {
        var (rate, created) = await new ExchangeRateWriter(db, book, user, clock).SetAsync(c.Currency, c.EffectiveFrom, c.Rate!.Value, ct);
        await db.SaveChangesAsync(ct);
        await winBooking.BookWaitingForRatesAsync(ct);
        return new SetExchangeRateResult(rate.ToResponse(book.Reporting.Code), created);
    }
}

/// <summary>Creates or corrects one rate (the same rule for PUT and for each imported row).</summary>
internal sealed class ExchangeRateWriter(IRevenueDbContext db, ExchangeRateBook book, ICurrentUser user, TimeProvider clock)
{
    public async Task<(ExchangeRate Rate, bool Created)> SetAsync(string code, DateOnly effectiveFrom, decimal value, CancellationToken ct)
    {
        if (!InputLimits.InRange(effectiveFrom))
            throw new InvalidValueException("date", $"date {InputLimits.DateRule}.");
        var currency = Currency.Of(code);
        var existing = db.ExchangeRates.Local.FirstOrDefault(r => r.Currency == currency.Code && r.EffectiveFrom == effectiveFrom)
            ?? await db.ExchangeRates.SingleOrDefaultAsync(r => r.Currency == currency.Code && r.EffectiveFrom == effectiveFrom, ct);
        if (existing is not null)
        {
            existing.Correct(value, user.Name, clock.GetUtcNow());
            return (existing, false);
        }

        var rate = ExchangeRate.Set(currency, effectiveFrom, value, book.Reporting, user.Name, clock.GetUtcNow());
        db.ExchangeRates.Add(rate);
        return (rate, true);
    }
}
