namespace DealRegistration.Application.Abstractions;

/// <summary>Section <c>Platform</c>: the one reporting currency until multi-currency is built.</summary>
public sealed class PlatformOptions
{
    public string ReportingCurrency { get; set; } = "USD";
}
