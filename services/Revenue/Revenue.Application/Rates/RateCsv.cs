using System.Globalization;
using ChannelPlatform.Application;

namespace Revenue.Application.Rates;

/// <summary>The import's CSV: <c>currency,date,rate</c> per line (ISO 4217 code, yyyy-MM-dd, invariant decimal), blank lines skipped.</summary>
internal static class RateCsv
{
    public sealed record Row(string? Currency, DateOnly? Date, decimal? Rate, string? Error);

    /// <summary>The data lines with their 1-based line numbers (a first line starting with "currency" is a header).</summary>
    public static List<(int Line, string Text)> Lines(string? csv)
    {
        var lines = (csv ?? string.Empty).Split('\n').Select((text, i) => (Line: i + 1, Text: text.Trim())).Where(l => l.Text.Length > 0).ToList();
        if (lines.Count > 0 && lines[0].Text.StartsWith("currency", StringComparison.OrdinalIgnoreCase))
            lines.RemoveAt(0);
        return lines;
    }

    public static Row Parse(string line)
    {
        if (InputLimits.TextViolation(line) is { } violation)
            return new Row(null, null, null, $"The line {violation}.");
        var cells = line.Split(',').Select(c => c.Trim().Trim('"')).ToArray();
        if (cells.Length != 3)
            return new Row(null, null, null, "Expected three columns: currency,date,rate.");
        var currency = cells[0].Length is > 0 and <= 3 ? cells[0] : null;
        DateOnly? date = DateOnly.TryParseExact(cells[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        decimal? rate = decimal.TryParse(cells[2], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var r) ? r : null;
        var error = currency is null ? "currency must be an ISO 4217 code."
            : date is null ? "date must be yyyy-MM-dd."
            : rate is null ? "rate must be a positive decimal number like 1.0842."
            : null;
        return new Row(currency ?? cells[0][..Math.Min(cells[0].Length, 8)], date, rate, error);
    }
}
