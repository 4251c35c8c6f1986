using ChannelPlatform.Hosting.Auth;
using ChannelPlatform.Hosting.Http;
using Mediator;
using Revenue.Application.Rates;

namespace Revenue.Api.Endpoints;

/// <summary>The dated exchange-rate table: global reference data, read by any caller, written by channel managers (ADR 0013).</summary>
internal static class ExchangeRateEndpoints
{
    /// <summary>Largest CSV import accepted (about 10 000 rows).</summary>
    public const int MaxCsvBytes = 512 * 1024;

    public sealed record RateBody(decimal? Rate);

    public static void MapExchangeRateEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/revenue/exchange-rates").WithTags("Exchange rates");
        group.MapPut("/{currency}/{date}", async (string currency, DateOnly date, RateBody b, ISender sender, CancellationToken ct) =>
            {
                var result = await sender.Send(new SetExchangeRateCommand(currency, date, b.Rate), ct);
                var location = $"/api/v1/revenue/exchange-rates?currency={result.Rate.Currency}&on={result.Rate.EffectiveFrom:yyyy-MM-dd}";
                return result.Created ? Results.Created(location, result.Rate) : Results.Ok(result.Rate);
            })
            .RequireAuthorization(Policies.ChannelManager)
            .WithSummary("Set the rate of a currency from a date until its next rate: { rate } units of the reporting currency per unit " +
                "(EUR 1.0842 with USD reporting: €1 = $1.0842). 201 when new, 200 when it corrects that date's rate; amounts converted before keep " +
                "their rate. Won deals waiting for it are booked. 400 for the reporting currency itself or a rate outside (0, 999 999 999].")
            .Produces<ExchangeRateResponse>(StatusCodes.Status201Created)
            .ProducesStandardErrors();
        group.MapPost("/import", async (HttpRequest request, ISender sender, CancellationToken ct) =>
            {
                // Bounded whatever Content-Length says (a chunked body has none).
                using var reader = new StreamReader(request.Body);
                var buffer = new char[MaxCsvBytes + 1];
                var read = await reader.ReadBlockAsync(buffer.AsMemory(), ct);
                if (read > MaxCsvBytes)
                {
                    return Results.Problem(
                        statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large", detail: $"At most {MaxCsvBytes} characters of CSV.");
                }

                var csv = new string(buffer, 0, read);
                return Results.Ok(await sender.Send(new ImportExchangeRatesCommand(csv), ct));
            })
            .RequireAuthorization(Policies.ChannelManager)
            .Accepts<string>("text/csv")
            .WithSummary("Import rates from CSV lines currency,date,rate (header optional): each row is Created, Updated or Failed with its error; " +
                "the valid rows are kept whatever the others do. Won deals waiting for a rate are booked.")
            .Produces<ImportExchangeRatesResponse>()
            .ProducesStandardErrors();
        group.MapGet("/", async (string? currency, DateOnly? on, int? limit, string? cursor, ISender sender, CancellationToken ct) =>
                TypedResults.Ok(await sender.Send(new ListExchangeRatesQuery(currency, on, PagingQuery.ToPageRequest(limit, cursor)), ct)))
            .RequireAuthorization(Policies.Read)
            .WithSummary("The rate table (any caller with a token). With on=: each currency's rate in force on that date (422 naming currency and " +
                "date when the currency asked for has none); without: every dated rate by currency, newest first.")
            .ProducesStandardErrors(StatusCodes.Status422UnprocessableEntity);
    }
}
