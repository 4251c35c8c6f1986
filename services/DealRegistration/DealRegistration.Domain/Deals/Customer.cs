using DealRegistration.Domain.Conflicts.Matching;

namespace DealRegistration.Domain.Deals;

/// <summary>
/// The end customer of a registration, with what the conflict check compares: the normalised name and domain, the
/// contact's e-mail (its domain is a signal), and the matcher's words and index keys (<see cref="MatchKeys"/>).
/// </summary>
public sealed record Customer(
    string CompanyName,
    string NormalizedName,
    string? Domain,
    string Country,
    string? ContactEmail,
    List<string> MatchTokens,
    List<string> MatchKeys)
{
    /// <param name="products">The registration's products, which qualify the whole-name and domain keys (<see cref="Conflicts.Matching.MatchKeys"/>).</param>
    public static Customer Of(string companyName, string? domain, string country, string? contactEmail = null, IEnumerable<string>? products = null)
    {
        var email = string.IsNullOrWhiteSpace(contactEmail) ? null : contactEmail.Trim();
        var normalizedDomain = Conflicts.CustomerDomain.Normalize(domain);
        var profile = CustomerProfile.Of(companyName, normalizedDomain, email, country);
        return new Customer(
            companyName.Trim(),
            Conflicts.CompanyName.Normalize(companyName),
            normalizedDomain,
            country.Trim().ToUpperInvariant(),
            email,
            profile.Tokens.Select(Conflicts.Matching.MatchKeys.WordKey).Distinct().ToList(),
            [.. Conflicts.Matching.MatchKeys.Stored(profile, products)]);
    }

    public CustomerProfile Profile() => CustomerProfile.Of(CompanyName, Domain, ContactEmail, Country);

    /// <summary>A value: equal when every part is, the lists item by item.</summary>
    public bool Equals(Customer? other) =>
        other is not null
        && (CompanyName, NormalizedName, Domain, Country, ContactEmail) == (other.CompanyName, other.NormalizedName, other.Domain, other.Country, other.ContactEmail)
        && MatchTokens.SequenceEqual(other.MatchTokens, StringComparer.Ordinal)
        && MatchKeys.SequenceEqual(other.MatchKeys, StringComparer.Ordinal);

    public override int GetHashCode() => HashCode.Combine(CompanyName, Domain, Country, ContactEmail);
}
