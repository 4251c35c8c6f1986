namespace DealRegistration.Domain.Deals;

/// <summary>The end customer of a registration, with the normalised name and domain the conflict check compares.</summary>
public sealed record Customer(string CompanyName, string NormalizedName, string? Domain, string Country)
{
    public static Customer Of(string companyName, string? domain, string country) =>
        new(companyName.Trim(), Conflicts.CompanyName.Normalize(companyName), Conflicts.CustomerDomain.Normalize(domain), country.Trim().ToUpperInvariant());
}
