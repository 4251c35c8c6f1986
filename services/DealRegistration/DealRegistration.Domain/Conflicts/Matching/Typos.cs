namespace DealRegistration.Domain.Conflicts.Matching;

/// <summary>
/// Whether two words of six letters or more are one word mistyped: two neighbouring letters swapped, one letter
/// doubled or dropped, or one letter replaced by a key next to it or by one that sounds alike (c/k, i/y, s/z).
/// Invented names that differ by a vowel ("Torvane" / "Torvale", "Nexora" / "Nexara") are different names.
/// </summary>
public static class Typos
{
    public const int MinLength = 6;
    private static readonly string[] Rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
    private static readonly double[] Offsets = [0, 0.25, 0.75];

    public static bool AreOneTypoApart(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (Math.Min(a.Length, b.Length) < MinLength || a[0] != b[0] || a == b)
            return false;
        if (a.Length != b.Length)
            return Math.Abs(a.Length - b.Length) == 1 && OneDropped(a.Length > b.Length ? a : b, a.Length > b.Length ? b : a);
        var differ = Enumerable.Range(0, a.Length).Where(i => a[i] != b[i]).ToList();
        return differ.Count switch
        {
            1 => Neighbours(a[differ[0]], b[differ[0]]) || SoundAlike(a[differ[0]], b[differ[0]]),
            2 => differ[1] == differ[0] + 1 && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]],
            _ => false,
        };
    }

    private static bool OneDropped(string longer, string shorter) =>
        Enumerable.Range(0, longer.Length).Any(i => string.CompareOrdinal(longer.Remove(i, 1), shorter) == 0);

    private static bool SoundAlike(char x, char y) => $"{x}{y}" is "ck" or "kc" or "iy" or "yi" or "sz" or "zs";

    private static bool Neighbours(char x, char y)
    {
        var (rx, cx) = Key(x);
        var (ry, cy) = Key(y);
        return rx >= 0 && ry >= 0 && Math.Abs(rx - ry) <= 1 && Math.Abs(cx + Offsets[rx] - cy - Offsets[ry]) < 1.1;
    }

    private static (int Row, int Column) Key(char c)
    {
        for (var row = 0; row < Rows.Length; row++)
        {
            var column = Rows[row].IndexOf(c, StringComparison.Ordinal);
            if (column >= 0)
                return (row, column);
        }

        return (-1, -1);
    }
}
