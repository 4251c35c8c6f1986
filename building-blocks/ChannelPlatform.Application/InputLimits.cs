namespace ChannelPlatform.Application;

/// <summary>
/// What every service accepts, the same way (CONTRACT.md conventions): dates from 2000 to 2099, amounts within
/// what <c>numeric(18, 2)</c> holds with room for sums, text without control characters. Enforced for every request
/// by the hosting defaults (JSON converters, an endpoint filter and a query/path check), so no handler meets input
/// that PostgreSQL or date arithmetic would refuse.
/// </summary>
public static class InputLimits
{
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public static readonly DateOnly LatestDate = new(2099, 12, 31);

    public static readonly DateTimeOffset EarliestInstant = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset LatestInstant = new(2099, 12, 31, 23, 59, 59, TimeSpan.Zero);

    /// <summary>Largest absolute amount (and any other decimal) a request may carry: 999 999 999 999.99.</summary>
    public const decimal MaxAmount = 999_999_999_999.99m;

    public static bool InRange(DateOnly date) => date >= EarliestDate && date <= LatestDate;

    public static bool InRange(DateTimeOffset instant) => instant >= EarliestInstant && instant <= LatestInstant;

    public const string DateRule = "must be a date from 2000-01-01 to 2099-12-31 (yyyy-MM-dd)";

    public const string InstantRule = "must be an ISO 8601 timestamp from 2000 to 2099";

    public static readonly string AmountRule = $"must be a number between -{MaxAmount} and {MaxAmount}";

    /// <summary>Null when the text is acceptable; else the rule it breaks. Tab, line feed and carriage return are whitespace, not control.</summary>
    public static string? TextViolation(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                return "must not contain control characters";
            if (char.IsHighSurrogate(c) && (i + 1 >= text.Length || !char.IsLowSurrogate(text[++i])))
                return "must be valid Unicode text";
            if (char.IsLowSurrogate(c))
                return "must be valid Unicode text";
        }

        return null;
    }
}
