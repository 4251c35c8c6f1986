namespace DealRegistration.UnitTests.Conflicts.Labelled;

/// <summary>One registration of a labelled pair: what a partner would type.</summary>
public sealed record LabelledCustomer(string Name, string Country, string? Domain, string? Email);

/// <summary>Two registrations and whether a person reads them as the same customer.</summary>
public sealed record LabelledPair(string Part, bool Same, string Category, LabelledCustomer A, LabelledCustomer B)
{
    public override string ToString() => $"[{Part}/{Category}] {A.Name} ({A.Country}) ~ {B.Name} ({B.Country}): {(Same ? "same" : "different")}";
}
