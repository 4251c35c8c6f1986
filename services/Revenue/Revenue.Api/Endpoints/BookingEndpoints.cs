using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Revenue.Application.Bookings;

namespace Revenue.Api.Endpoints;

/// <summary>Bookings: partner-sourced ones come from dealreg.deal-won; direct ones and adjustments come from the channel team.</summary>
internal static class BookingEndpoints
{
    public sealed record DirectBookingBody(decimal? Amount, string? Currency, DateOnly? BookedOn, string? Region, string? Description);

    public sealed record AdjustmentBody(decimal? Amount, string? Reason, DateOnly? AdjustedOn);

    public static void MapBookingEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/revenue/direct-bookings", async (DirectBookingBody b, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var booking = await sender.Send(new BookDirectRevenueCommand(b.Amount, b.Currency, b.BookedOn, b.Region, b.Description), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/revenue/bookings/{booking.Id}", booking);
            })
            .WithTags("Bookings").RequireAuthorization(Policies.ChannelManager)
            .WithName("BookDirectRevenue")
            .WithSummary("Book direct (non-partner) revenue, for the partner share of total revenue, in any supported currency: its reportingAmount " +
                "is converted at the rate in force on bookedOn (422 naming currency and date when there is none).")
            .ProducesStandardErrors(StatusCodes.Status422UnprocessableEntity);

        app.MapGet("/api/v1/revenue/pending-wins", async (Guid? partnerId, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListPendingWinsQuery(partnerId, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .WithTags("Bookings").RequireAuthorization(Policies.Internal)
            .WithName("ListPendingWins")
            .WithSummary("Won deals not booked yet, with what each waits for (the partner's activation, an agreement in force on the close date, " +
                "or the exchange rate of the deal's or the payout currency on the close date).")
            .ProducesStandardErrors();

        var group = app.MapGroup("/api/v1/revenue/bookings").WithTags("Bookings");
        group.MapGet("/", async (Guid? partnerId, string? quarter, string? region, string? kind, Guid? dealId, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListBookingsQuery(partnerId, quarter, region, kind, dealId, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read)
            .WithName("ListBookings")
            .WithSummary("Bookings by partner, quarter (2026-Q1), region, kind (Partner|Direct) or deal. A Partner caller sees its own partner's bookings only.")
            .ProducesStandardErrors();
        group.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                ApiResults.OkVersioned(http, await sender.Send(new GetBookingQuery(id), ct)))
            .RequireAuthorization(Policies.Read).ProducesStandardErrors(StatusCodes.Status404NotFound)
            .WithName("GetBooking")
            .WithSummary("One booking with its adjustments.");
        group.MapPost("/{id:guid}/adjustments", async (Guid id, AdjustmentBody b, ISender sender, HttpContext http, CancellationToken ct) =>
            {
                var booking = await sender.Send(new AdjustBookingCommand(id, b.Amount, b.Reason, b.AdjustedOn), ct);
                return ApiResults.CreatedVersioned(http, $"/api/v1/revenue/bookings/{booking.Id}", booking);
            })
            .RequireAuthorization(Policies.ChannelManager)
            .WithName("AdjustBooking")
            .WithSummary("Adjust a booking (negative amount for a refund or credit, in the booking's currency). The reporting amount and the " +
                "compensation are re-computed at the booking's own percent and exchange rates (a full refund claws back exactly what was paid); " +
                "the change is a new compensation line, a clawback netted against the partner's next payout when the compensation was paid. " +
                "Returns the booking with its adjustments.")
            .ProducesStandardErrors(StatusCodes.Status404NotFound, StatusCodes.Status412PreconditionFailed, StatusCodes.Status422UnprocessableEntity);
    }
}
