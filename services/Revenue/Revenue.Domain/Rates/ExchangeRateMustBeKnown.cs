using ChannelPlatform.SharedKernel;

namespace Revenue.Domain.Rates;

/// <summary>A conversion needs the rate in force on its business date; today's rate never stands in for a past date (422).</summary>
public sealed record ExchangeRateMustBeKnown(string Currency, DateOnly On) : IBusinessRule
{
    public bool IsBroken() => true;

    public string Message =>
        $"No {Currency} exchange rate is in force on {On:yyyy-MM-dd}: set one effective on or before that date " +
        $"(PUT /api/v1/revenue/exchange-rates/{Currency}/{{date}}).";

    /// <summary>What a won deal waits for in pending wins until the rate arrives.</summary>
    public string WaitingFor => $"exchange rate {Currency} on {On:yyyy-MM-dd}";

    public const string WaitingPrefix = "exchange rate ";
}
