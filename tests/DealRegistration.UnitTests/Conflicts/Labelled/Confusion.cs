namespace DealRegistration.UnitTests.Conflicts.Labelled;

/// <summary>Verdicts against labels: a conflict raised for a "same" pair is a true positive.</summary>
public sealed record Confusion(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public static Confusion Of(IEnumerable<LabelledPair> pairs, Func<LabelledPair, bool> conflicts, ICollection<LabelledPair>? wrong = null)
    {
        var (tp, fp, fn, tn) = (0, 0, 0, 0);
        foreach (var pair in pairs)
        {
            var raised = conflicts(pair);
            if (raised != pair.Same)
                wrong?.Add(pair);
            _ = (raised, pair.Same) switch
            {
                (true, true) => tp++,
                (true, false) => fp++,
                (false, true) => fn++,
                (false, false) => tn++,
            };
        }

        return new Confusion(tp, fp, fn, tn);
    }

    public override string ToString() =>
        FormattableString.Invariant($"precision {Precision:0.000}  recall {Recall:0.000}  (TP {TruePositives}, FP {FalsePositives}, FN {FalseNegatives}, TN {TrueNegatives})");
}
