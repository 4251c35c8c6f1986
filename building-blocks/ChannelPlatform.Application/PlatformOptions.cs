using ChannelPlatform.SharedKernel;

namespace ChannelPlatform.Application;

/// <summary>
/// Section <c>Platform</c> (bound once by the hosting defaults): the one reporting currency until
/// multi-currency is built. CONTRACT.md: a request in another currency gets 422.
/// </summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    public string ReportingCurrency { get; set; } = "USD";

    /// <summary>Throws the 422 rule when <paramref name="currency"/> is not the reporting currency.</summary>
    public void EnsureReportingCurrency(string currency)
    {
        var rule = new CurrencyMustBeTheReportingCurrency(currency, ReportingCurrency);
        if (rule.IsBroken())
            throw new BusinessRuleViolationException(rule);
    }
}

public sealed record CurrencyMustBeTheReportingCurrency(string Currency, string Reporting) : IBusinessRule
{
    public bool IsBroken() => !string.Equals(Currency, Reporting, StringComparison.OrdinalIgnoreCase);

    public string Message => $"Currency {Currency} is not supported yet: the platform reports in {Reporting}.";
}
