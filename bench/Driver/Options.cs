using System.Globalization;

namespace Bench.Driver;

/// <summary>"--name value" pairs; a missing required one ends the run with its name.</summary>
internal sealed class Options(Dictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var list = args.ToList();
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i + 1 < list.Count; i += 2)
            values[list[i].TrimStart('-')] = list[i + 1];
        return new Options(values);
    }

    public string Text(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new ArgumentException($"--{name} is required");

    public int Number(string name) => int.Parse(Text(name), CultureInfo.InvariantCulture);

    public static int Usage()
    {
        Console.Error.WriteLine("usage: Driver seed-deals|probes|wins --name value ... (see Program.cs)");
        return 2;
    }
}
