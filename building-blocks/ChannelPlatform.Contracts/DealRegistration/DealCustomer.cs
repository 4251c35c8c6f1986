namespace ChannelPlatform.Contracts.DealRegistration;

/// <summary>The end customer of a registered deal.</summary>
/// <param name="Domain">The customer's web domain, when the partner gave one.</param>
public sealed record DealCustomer(string CompanyName, string? Domain, string Country);
