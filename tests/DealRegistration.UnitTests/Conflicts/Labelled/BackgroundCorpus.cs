namespace DealRegistration.UnitTests.Conflicts.Labelled;

/// <summary>
/// Registrations that are not in the labelled set but make its word counts realistic: invented brand names,
/// surnames, places and the generic words real registrations repeat ("Solutions", "Group", "Services", "Smith").
/// Deterministic, so the unit evaluation and the SQL evaluation count the same words.
/// </summary>
public static class BackgroundCorpus
{
    public const int Size = 5000;

    private static readonly string[] Syllables =
        ["ka", "lo", "ver", "tan", "mi", "sor", "bel", "dra", "quo", "ex", "ny", "pho", "zen", "tri", "vol", "ar", "den", "fal", "gri", "hel",
         "ion", "jus", "kor", "lum", "mar", "nov", "ori", "pel", "ras", "sil", "tor", "ul", "van", "wen", "xer", "yor", "zul", "bri", "cam", "dex"];

    private static readonly string[] Surnames =
        ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Wilson", "Martinez", "Anderson", "Taylor", "Thomas",
         "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "King", "Wright", "Scott",
         "Green", "Baker", "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer",
         "Wagner", "Becker", "Dubois", "Bernard", "Rossi", "Russo", "Kowalski", "Nowak", "Jensen", "Nielsen"];

    private static readonly string[] Generic =
        ["Solutions", "Systems", "Services", "Group", "Industries", "Technologies", "Consulting", "Partners", "Holdings", "Logistics",
         "Engineering", "Construction", "Foods", "Capital", "Energy", "Health", "Software", "Digital", "Media", "Trading", "Global",
         "International", "Advanced", "Integrated", "Premier", "Bank", "Insurance", "Manufacturing", "Design", "Analytics", "Security",
         "Supply", "Electric", "Motors", "Dental", "Realty", "Properties", "Marketing", "Networks", "Data"];

    private static readonly string[] Places = ["USA", "Europe", "Deutschland", "UK", "Canada", "Asia Pacific", "France", "Nordic", "America"];
    private static readonly string[] LegalForms = ["Inc.", "LLC", "Ltd", "GmbH", "S.A.", "Corp.", "B.V.", "Pty Ltd", "AB", "plc"];
    private static readonly string[] Countries = ["US", "US", "US", "GB", "DE", "FR", "CA", "AU", "NL", "SE", "ES", "IT", "IN", "JP", "BR"];

    public static IReadOnlyList<LabelledCustomer> Customers { get; } = Generate();

    private static List<LabelledCustomer> Generate()
    {
        var random = new Random(16);
        var customers = new List<LabelledCustomer>(Size);
        for (var i = 0; i < Size; i++)
        {
            var name = random.Next(100) switch
            {
                < 30 => $"{Invented(random)} {Pick(random, Generic)}",
                < 45 => $"{Invented(random)} {Pick(random, Generic)} {Pick(random, Generic)}",
                < 55 => Invented(random),
                < 70 => $"{Pick(random, Surnames)} {Pick(random, Generic)}",
                < 75 => random.Next(2) == 0 ? $"{Pick(random, Surnames)} & Sons" : $"{Pick(random, Surnames)} and {Pick(random, Surnames)}",
                < 85 => $"{Pick(random, Places)} {Pick(random, Generic)} {Pick(random, Generic)}",
                _ => $"{Invented(random)} {Pick(random, Places)}",
            };
            if (random.Next(2) == 0)
                name += " " + Pick(random, LegalForms);
            customers.Add(new LabelledCustomer(name, Pick(random, Countries), null, null));
        }

        return customers;
    }

    private static string Invented(Random random)
    {
        var word = string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Pick(random, Syllables)));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
