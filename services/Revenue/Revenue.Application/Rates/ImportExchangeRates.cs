using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Revenue.Application.Abstractions;
using Revenue.Application.Bookings;

namespace Revenue.Application.Rates;

/// <summary>A CSV of <c>currency,date,rate</c> rows (a header line is optional): each row is set or refused on its own.</summary>
public sealed record ImportExchangeRatesCommand(string Csv) : ICommand<ImportExchangeRatesResponse>, ITransactional;

/// <param name="Status">Created, Updated (a correction of the same date) or Failed.</param>
public sealed record ImportedRateRow(int Line, string? Currency, DateOnly? Date, decimal? Rate, string Status, string? Error);

public sealed record ImportExchangeRatesResponse(int Created, int Updated, int Failed, IReadOnlyList<ImportedRateRow> Rows);

public sealed class ImportExchangeRatesValidator : AbstractValidator<ImportExchangeRatesCommand>
{
    public const int MaxRows = 10_000;

    public ImportExchangeRatesValidator() =>
        RuleFor(c => c.Csv).NotEmpty().WithName("body").WithMessage("The body must be CSV lines of currency,date,rate.")
            .Must(csv => RateCsv.Lines(csv).Count <= MaxRows).WithName("body").WithMessage($"At most {MaxRows} rows per import.");
}

public sealed class ImportExchangeRatesHandler(IRevenueDbContext db, ExchangeRateBook book, WinBooking winBooking, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ImportExchangeRatesCommand, ImportExchangeRatesResponse>
{
    public async ValueTask<ImportExchangeRatesResponse> Handle(ImportExchangeRatesCommand c, CancellationToken ct)
    {
        var writer = new ExchangeRateWriter(db, book, user, clock);
        var rows = new List<ImportedRateRow>();
        foreach (var (line, text) in RateCsv.Lines(c.Csv))
        {
            var parsed = RateCsv.Parse(text);
            if (parsed.Error is not null)
            {
                rows.Add(new ImportedRateRow(line, parsed.Currency, parsed.Date, parsed.Rate, "Failed", parsed.Error));
                continue;
            }

            try
            {
                var (_, created) = await writer.SetAsync(parsed.Currency!, parsed.Date!.Value, parsed.Rate!.Value, ct);
                rows.Add(new ImportedRateRow(line, parsed.Currency!.ToUpperInvariant(), parsed.Date, parsed.Rate, created ? "Created" : "Updated", null));
            }
            catch (InvalidValueException e)
            {
                rows.Add(new ImportedRateRow(line, parsed.Currency, parsed.Date, parsed.Rate, "Failed", e.Message));
            }
        }

        await db.SaveChangesAsync(ct);
        await winBooking.BookWaitingForRatesAsync(ct);
        return new ImportExchangeRatesResponse(rows.Count(r => r.Status == "Created"), rows.Count(r => r.Status == "Updated"), rows.Count(r => r.Status == "Failed"), rows);
    }
}
