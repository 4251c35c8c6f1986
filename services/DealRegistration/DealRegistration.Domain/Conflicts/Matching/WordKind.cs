namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>What a word of a company name says about the company, which decides how much it weighs.</summary>
public enum WordKind
{
    /// <summary>A word that names this company in particular ("Wonka", "Halvorsen"): weighs by how rare it is.</summary>
    Distinctive,

    /// <summary>A line of business or a generic adjective ("Industries", "Systems", "Bank", "Advanced"): weighs little.</summary>
    Descriptor,

    /// <summary>A country, region or nationality ("Deutschland", "EMEA", "American"): marks a regional arm, weighs little.</summary>
    Place,

    /// <summary>A legal form ("GmbH", "Inc", "Group"): no weight, but still spelled in acronyms ("TSMC").</summary>
    Legal,
}

/// <summary>One word of a company name after folding, expansion of abbreviations and plural stemming.</summary>
/// <param name="Raw">The word before stemming, when it differs ("sales" of "sale"): "Sales Force" is "Salesforce" written apart.</param>
public sealed record NameWord(string Text, WordKind Kind, string? Raw = null)
{
    public string Written => Raw ?? Text;

    public bool IsLegal => Kind == WordKind.Legal;

    public bool IsGeneric => Kind is WordKind.Descriptor or WordKind.Place;
}
