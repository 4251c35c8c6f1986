using DealRegistration.IntegrationTests;

namespace Bench.Driver;

/// <summary>
/// Names for the submission load, drawn like the seeded rows' (the same words, so the conflict check finds near and
/// exact matches to score), written for bench/submit.lua: "company name TAB country TAB product", one a line.
/// </summary>
internal static class Probes
{
    public static int Run(Options options)
    {
        var random = new Random(12);
        using var writer = new StreamWriter(options.Text("out"));
        for (var i = 0; i < options.Number("count"); i++)
        {
            var (customer, product) = BenchmarkSeed.Probe(random);
            writer.WriteLine($"{customer.CompanyName}\t{customer.Country}\t{product}");
        }

        return 0;
    }
}
