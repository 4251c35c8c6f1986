using Xunit.Abstractions;

namespace DealRegistration.UnitTests.Conflicts.Labelled;

/// <summary>
/// Precision and recall of the conflict matcher on the labelled set, before (trigram similarity) and after, on
/// both parts. Run with <c>--logger "console;verbosity=detailed"</c> to read the table; CONFLICT_MISSES=tune lists
/// the tuning part's wrong verdicts (the held-out part's are never listed, so they cannot steer tuning).
/// </summary>
public sealed class LabelledSetReportTests(ITestOutputHelper output)
{
    public const double Target = 0.97;

    [Fact]
    public void The_labelled_set_holds_at_least_300_pairs_of_both_kinds_in_both_parts()
    {
        LabelledPairs.All.Count.ShouldBeGreaterThanOrEqualTo(300);
        foreach (var part in new[] { LabelledPairs.Tune, LabelledPairs.Holdout })
        {
            LabelledPairs.Of(part).Count(p => p.Same).ShouldBeGreaterThanOrEqualTo(50, part);
            LabelledPairs.Of(part).Count(p => !p.Same).ShouldBeGreaterThanOrEqualTo(50, part);
        }

        LabelledPairs.All.Select(p => p.Category).Distinct().Count().ShouldBeGreaterThanOrEqualTo(15);
    }

    [Fact]
    public void No_held_out_pair_repeats_a_tuning_pair()
    {
        var tune = LabelledPairs.Of(LabelledPairs.Tune).Select(Key).ToHashSet();
        LabelledPairs.Of(LabelledPairs.Holdout).Where(p => tune.Contains(Key(p))).ShouldBeEmpty();
    }

    [Fact]
    public void The_matcher_reaches_97_percent_precision_and_recall_on_the_held_out_part()
    {
        var matcher = CorpusMatcher.ForLabelledSet;
        output.WriteLine("part      matcher                 result");
        foreach (var part in new[] { LabelledPairs.Tune, LabelledPairs.Holdout })
        {
            var pairs = LabelledPairs.Of(part);
            output.WriteLine($"{part,-9} before (trigram ≥ 0.6)   {Confusion.Of(pairs, BaselineMatcher.Conflicts)}");
            var wrong = new List<LabelledPair>();
            output.WriteLine($"{part,-9} after (weighted words)  {Confusion.Of(pairs, matcher.Conflicts, wrong)}");
            if (Environment.GetEnvironmentVariable("CONFLICT_MISSES") == part)
                wrong.ForEach(p => output.WriteLine($"    wrong: {p}  →  {matcher.Match(p.A, p.B)?.Similarity}"));
        }

        var holdout = Confusion.Of(LabelledPairs.Of(LabelledPairs.Holdout), matcher.Conflicts);
        holdout.Precision.ShouldBeGreaterThanOrEqualTo(Target, holdout.ToString());
        holdout.Recall.ShouldBeGreaterThanOrEqualTo(Target, holdout.ToString());
    }

    private static string Key(LabelledPair pair) => string.Join('|', new[] { pair.A.Name, pair.B.Name }.Order(StringComparer.Ordinal));
}
