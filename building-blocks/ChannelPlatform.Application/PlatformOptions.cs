using ChannelPlatform.SharedKernel;

namespace ChannelPlatform.Application;

/// <summary>
/// Section <c>Platform</c> (bound once by the hosting defaults). Amounts come in any supported currency; the
/// platform reports in one (ADR 0013), converting at the dated exchange rate in force on each business date.
/// </summary>
public sealed class PlatformOptions
{
    public const string Section = "Platform";

    /// <summary>ISO 4217 code of the currency KPIs, pipeline and exchange rates are expressed in (default USD).</summary>
    public string ReportingCurrency { get; set; } = "USD";

    /// <summary>The reporting currency as a <see cref="Currency"/> (a misconfigured code fails loudly).</summary>
    public Currency Reporting => Currency.Of(ReportingCurrency, "Platform:ReportingCurrency");
}
