using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;

namespace Revenue.Application.Bookings;

/// <summary>A refund or credit (negative) or a correction (positive) of a booking; the compensation follows in proportion.</summary>
public sealed record AdjustBookingCommand(Guid BookingId, decimal? Amount, string? Reason, DateOnly? AdjustedOn) : ICommand<BookingResponse>, ITransactional;

public sealed class AdjustBookingValidator : AbstractValidator<AdjustBookingCommand>
{
    public AdjustBookingValidator()
    {
        RuleFor(c => c.Amount).NotNull().NotEqual(0).IsAmount();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
        RuleFor(c => c.AdjustedOn).InclusiveBetween(Dates.Earliest, Dates.Latest).When(c => c.AdjustedOn is not null);
    }
}

public sealed class AdjustBookingHandler(IRevenueDbContext db, IRequestPreconditions preconditions, TimeProvider clock) : ICommandHandler<AdjustBookingCommand, BookingResponse>
{
    public async ValueTask<BookingResponse> Handle(AdjustBookingCommand c, CancellationToken ct)
    {
        var partnerId = await db.Bookings.Where(b => b.Id == c.BookingId).Select(b => b.PartnerId).SingleOrDefaultAsync(ct);
        if (partnerId is { } partner)
            await db.LockPartnerAsync(partner, ct);
        var booking = await db.Bookings.Include(b => b.Lines).Include(b => b.Adjustments).SingleOrDefaultAsync(b => b.Id == c.BookingId, ct)
            ?? throw new NotFoundException("booking", c.BookingId);
        preconditions.EnsureVersion(booking.Version);
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (c.AdjustedOn > today)
            throw new InvalidValueException("adjustedOn", "adjustedOn must not be in the future.");
        booking.Adjust(c.Amount!.Value, c.Reason!, c.AdjustedOn ?? today, now);
        return booking.ToResponse();
    }
}
