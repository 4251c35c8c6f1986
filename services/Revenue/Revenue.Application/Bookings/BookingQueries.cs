using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Domain.Bookings;
using Revenue.Domain.Partners;

namespace Revenue.Application.Bookings;

public sealed record ListBookingsQuery(Guid? PartnerId, string? Quarter, string? Region, string? Kind, Guid? DealId, PageRequest Page) : IQuery<Page<BookingResponse>>;

public sealed record GetBookingQuery(Guid Id) : IQuery<BookingResponse>;

public sealed class ListBookingsValidator : AbstractValidator<ListBookingsQuery>
{
    public ListBookingsValidator()
    {
        RuleFor(q => q.Quarter).IsQuarter().When(q => q.Quarter is not null);
        RuleFor(q => q.Region).IsEnumName<ListBookingsQuery, Region>().When(q => q.Region is not null);
        RuleFor(q => q.Kind).IsEnumName<ListBookingsQuery, BookingKind>().When(q => q.Kind is not null);
    }
}

/// <summary>Bookings, newest id last (keyset on the v7 id). A partner user sees its own partner's bookings only.</summary>
public sealed class BookingQueryHandler(IRevenueDbContext db, ICurrentUser user) :
    IQueryHandler<ListBookingsQuery, Page<BookingResponse>>,
    IQueryHandler<GetBookingQuery, BookingResponse>
{
    public async ValueTask<Page<BookingResponse>> Handle(ListBookingsQuery q, CancellationToken ct)
    {
        var bookings = db.Bookings.AsNoTracking();
        if (user.ScopedPartnerId(q.PartnerId) is { } partnerId)
            bookings = bookings.Where(b => b.PartnerId == partnerId);
        if (q.Quarter is not null)
        {
            Quarter.TryParse(q.Quarter, out var quarter);
            bookings = bookings.Where(b => b.QuarterStart == quarter.Start);
        }

        if (q.Region is not null)
        {
            var region = Validation.ParseEnum<Region>(q.Region);
            bookings = bookings.Where(b => b.Region == region);
        }

        if (q.Kind is not null)
        {
            var kind = Validation.ParseEnum<BookingKind>(q.Kind);
            bookings = bookings.Where(b => b.Kind == kind);
        }

        if (q.DealId is { } dealId)
            bookings = bookings.Where(b => b.DealId == dealId);
        if (q.Page.After is { } after)
            bookings = bookings.Where(b => b.Id > after);
        var rows = await bookings.OrderBy(b => b.Id).Take(q.Page.Limit + 1).Include(b => b.Lines).Include(b => b.Adjustments).ToListAsync(ct);
        return KeysetCursor.ToPage(rows.Select(b => b.ToResponse()).ToList(), q.Page.Limit, b => b.Id);
    }

    public async ValueTask<BookingResponse> Handle(GetBookingQuery q, CancellationToken ct)
    {
        var booking = await db.Bookings.AsNoTracking().Include(b => b.Lines).Include(b => b.Adjustments).SingleOrDefaultAsync(b => b.Id == q.Id, ct);
        if (booking is null || !user.CanSee(booking.PartnerId ?? Guid.Empty) || (user.IsPartner && booking.Kind == BookingKind.Direct))
            throw new NotFoundException("booking", q.Id);
        return booking.ToResponse();
    }
}
