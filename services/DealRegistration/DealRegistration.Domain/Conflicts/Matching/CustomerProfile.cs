namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>Everything the conflict matcher compares about a registration's customer.</summary>
public sealed record CustomerProfile(IReadOnlyList<NameWord> Words, string Country, string? Domain, string? EmailDomain)
{
    /// <summary>The words that weigh: all but legal forms.</summary>
    public IReadOnlyList<NameWord> Tokens { get; } = Words.Where(w => !w.IsLegal).ToList();

    /// <param name="domain">The customer's web domain, already normalised (<see cref="CustomerDomain"/>).</param>
    /// <param name="contactEmail">The customer contact's e-mail address, if given.</param>
    public static CustomerProfile Of(string companyName, string? domain, string? contactEmail, string? country) =>
        new(NameTokenizer.Tokenize(companyName), (country ?? string.Empty).Trim().ToUpperInvariant(),
            RegistrableDomain.Of(domain), RegistrableDomain.OfEmail(contactEmail));

    /// <summary>The registrable domains that identify the customer (web domain and contact e-mail domain, free mail left out).</summary>
    public IEnumerable<string> Domains => new[] { Domain, EmailDomain }.OfType<string>().Distinct(StringComparer.Ordinal);
}
