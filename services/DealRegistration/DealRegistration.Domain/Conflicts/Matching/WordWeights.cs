namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>
/// How much a shared word says: the rarer among open registrations, the more (an inverse document frequency,
/// ln(1 + 1000 / (1 + registrations with the word))). Generic words count as if at least 2 000 registrations had
/// them, so they weigh little even in a young database: a rare word ≈ 6.9, "Industries" ≤ 0.41.
/// </summary>
public static class WordWeights
{
    public const int GenericFloor = 2000;
    private const double Scale = 1000;

    public static double Of(NameWord word, int registrations)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (word.IsLegal)
            return 0;
        var count = word.IsGeneric ? Math.Max(registrations, GenericFloor) : Math.Max(registrations, 0);
        return Math.Log(1 + (Scale / (1 + count)));
    }
}
