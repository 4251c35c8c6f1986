using ChannelPlatform.Application;
using ChannelPlatform.Application.Messaging;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;
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
        RuleFor(c => c.Amount).NotNull().GreaterThan(0).PrecisionScale(18, 2, true);
        RuleFor(c => c.Currency).NotEmpty().Length(3);
        RuleFor(c => c.BookedOn).NotNull().InclusiveBetween(Dates.Earliest, Dates.Latest);
        RuleFor(c => c.Region).IsEnumName<BookDirectRevenueCommand, Region>();
        RuleFor(c => c.Description).MaximumLength(500);
    }
}

public sealed class BookDirectRevenueHandler(IRevenueDbContext db, IOptions<PlatformOptions> platform, TimeProvider clock) : ICommandHandler<BookDirectRevenueCommand, BookingResponse>
{
    public ValueTask<BookingResponse> Handle(BookDirectRevenueCommand c, CancellationToken ct)
    {
        platform.Value.EnsureReportingCurrency(c.Currency!);
        var booking = Booking.Direct(c.Amount!.Value, platform.Value.ReportingCurrency, c.BookedOn!.Value, Validation.ParseEnum<Region>(c.Region!), c.Description, clock.GetUtcNow());
        db.Bookings.Add(booking);
        return ValueTask.FromResult(booking.ToResponse());
    }
}
