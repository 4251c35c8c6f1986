using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using FluentValidation;
using Mediator;
using ChannelPlatform.SharedKernel;
using Revenue.Application.Rates;
using Revenue.Application.Abstractions;
using Revenue.Domain.Bookings;
using Revenue.Domain.Partners;

namespace Revenue.Application.Bookings;

/// <summary>Direct (non-partner) revenue, booked by the channel team so the partner share has its denominator.</summary>
public sealed record BookDirectRevenueCommand(decimal? Amount, string? Currency, DateOnly? BookedOn, string? Region, string? Description) : ICommand<BookingResponse>, ITransactional;

public sealed class BookDirectRevenueValidator : AbstractValidator<BookDirectRevenueCommand>
{
    public BookDirectRevenueValidator()
    {
        RuleFor(c => c.Amount).NotNull().GreaterThan(0).IsAmount();
        RuleFor(c => c.Currency).NotEmpty().IsCurrencyCode();
        RuleFor(c => c.BookedOn).NotNull().InclusiveBetween(Dates.Earliest, Dates.Latest);
        RuleFor(c => c.Region).IsEnumName<BookDirectRevenueCommand, Region>();
        RuleFor(c => c.Description).MaximumLength(500);
    }
}

/// <summary>In any supported currency, converted at the rate in force on bookedOn (422 naming currency and date when there is none).</summary>
public sealed class BookDirectRevenueHandler(IRevenueDbContext db, ExchangeRateBook rates, TimeProvider clock)
    : ICommandHandler<BookDirectRevenueCommand, BookingResponse>
{
    public async ValueTask<BookingResponse> Handle(BookDirectRevenueCommand c, CancellationToken ct)
    {
        var amount = Money.Of(c.Amount!.Value, c.Currency!);
        var rate = await rates.RequireAsync(amount.Currency, c.BookedOn!.Value, ct);
        var region = Validation.ParseEnum<Region>(c.Region!);
        var booking = Booking.Direct(amount, c.BookedOn!.Value, region, c.Description, rate, rates.Reporting, clock.GetUtcNow());
        db.Bookings.Add(booking);
        return booking.ToResponse();
    }
}
