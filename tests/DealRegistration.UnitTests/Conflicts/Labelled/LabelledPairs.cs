namespace DealRegistration.UnitTests.Conflicts.Labelled;

/// <summary>
/// The labelled set: company-pairs.tune.tsv (the only part the matcher was tuned on) and company-pairs.holdout.tsv
/// (written first, before the matcher changed, and never used to tune it).
/// </summary>
public static class LabelledPairs
{
    public const string Tune = "tune";
    public const string Holdout = "holdout";

    private static readonly Lazy<IReadOnlyList<LabelledPair>> Loaded = new(() => [.. Read(Tune), .. Read(Holdout)]);

    public static IReadOnlyList<LabelledPair> All => Loaded.Value;

    public static IReadOnlyList<LabelledPair> Of(string part) => All.Where(p => p.Part == part).ToList();

    private static IEnumerable<LabelledPair> Read(string part)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Conflicts", "Labelled", $"company-pairs.{part}.tsv");
        foreach (var line in File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var f = line.Split('\t');
            if (f.Length != 10 || f[0] is not ("same" or "different"))
                throw new FormatException($"{path}: expected 10 tab-separated columns and a label, got: {line}");
            yield return new LabelledPair(part, f[0] == "same", f[1], new(f[2], f[3], Value(f[6]), Value(f[8])), new(f[4], f[5], Value(f[7]), Value(f[9])));
        }
    }

    private static string? Value(string field) => field == "-" ? null : field;
}
