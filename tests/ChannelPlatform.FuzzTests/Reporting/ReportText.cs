using System.Globalization;
using System.Text;
using ChannelPlatform.FuzzTests.Checks;
using ChannelPlatform.FuzzTests.Generation;

namespace ChannelPlatform.FuzzTests.Reporting;

/// <summary>The report as Markdown: figures, then violations by category and operation, one reproducible example each.</summary>
public static class ReportText
{
    private const int ExcerptLength = 240;

    public static string Markdown(FuzzReport report, FuzzSettings settings, int operations, IEnumerable<string> world, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(settings);
        var md = new StringBuilder();
        var violations = report.Violations;
        md.AppendLine(CultureInfo.InvariantCulture, $"# Generated-input run (seed {settings.Seed})");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{report.Total} requests over {operations} operations in {elapsed.TotalSeconds:0} s, concurrency {settings.Concurrency}; replay with `CHANNEL_FUZZ_SEED={settings.Seed}`.");
        md.AppendLine();
        md.AppendLine("| status class | answers |\n| --- | ---: |");
        foreach (var (statusClass, count) in report.ByStatusClass.OrderBy(c => c.Key, StringComparer.Ordinal))
            md.AppendLine(CultureInfo.InvariantCulture, $"| {statusClass} | {count} |");
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"**{violations.Count} violations** in {violations.Select(v => v.Exchange.Request.Operation.Name).Distinct().Count()} operations.");
        md.AppendLine();
        md.AppendLine("| category | violations | operations |\n| --- | ---: | ---: |");
        foreach (var category in violations.GroupBy(v => v.Category).OrderByDescending(g => g.Count()))
            md.AppendLine(CultureInfo.InvariantCulture, $"| {category.Key} | {category.Count()} | {category.Select(v => v.Exchange.Request.Operation.Name).Distinct().Count()} |");
        foreach (var (reason, count) in report.Allowed)
            md.AppendLine(CultureInfo.InvariantCulture, $"\nAllowed, not counted ({count}): {reason} — see KnownExceptions.cs.");
        md.AppendLine();
        foreach (var category in violations.GroupBy(v => v.Category).OrderByDescending(g => g.Count()))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## {category.Key} ({category.Count()})");
            md.AppendLine();
            foreach (var operation in category.GroupBy(v => (v.Exchange.Request.Operation.Name, v.Exchange.Request.Category)).OrderByDescending(g => g.Count()))
            {
                var example = operation.First();
                var exchange = example.Exchange;
                md.AppendLine(CultureInfo.InvariantCulture, $"- **{operation.Key.Name}** ({operation.Key.Category}, {operation.Count()}×, e.g. {exchange.Request.Mutation}; {Kinds(operation)})");
                md.AppendLine(CultureInfo.InvariantCulture, $"  - {example.Detail} → HTTP {exchange.Status} `{exchange.MediaType ?? "no content type"}` `{Excerpt(exchange.Body)}`");
                md.AppendLine(CultureInfo.InvariantCulture, $"  - `{exchange.Request.Reproduce(exchange.Server.ToString())}`");
            }

            md.AppendLine();
        }

        md.AppendLine(CultureInfo.InvariantCulture, $"## Real resources made up front\n\n{string.Join(", ", world.Order(StringComparer.Ordinal).Select(c => $"`{c}`"))}\n");
        md.AppendLine("## Requests per operation\n\n| operation | requests | by status class | baseline |\n| --- | ---: | --- | --- |");
        foreach (var (operation, classes) in report.ByOperation.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var figures = string.Join(", ", classes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
            md.AppendLine(CultureInfo.InvariantCulture, $"| {operation} | {classes.Values.Sum()} | {figures} | {report.Baselines.GetValueOrDefault(operation)} |");
        }
        return md.ToString();
    }

    /// <summary>The failure message: one line per category and operation, the full report being in the test output and the file.</summary>
    public static string Summary(FuzzReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = report.Violations.GroupBy(v => v.Category).OrderByDescending(g => g.Count())
            .SelectMany(c => new[] { $"{c.Key}: {c.Count()} in {c.Select(v => v.Exchange.Request.Operation.Name).Distinct().Count()} operations" }
                .Concat(c.GroupBy(v => v.Exchange.Request.Operation.Name).OrderByDescending(g => g.Count()).Take(8)
                    .Select(o => $"    {o.Key} ×{o.Count()}: {o.First().Exchange.Request.Mutation} → {o.First().Exchange.Status} {Excerpt(o.First().Exchange.Body, 100)}")));
        return $"{report.Violations.Count} violations in {report.Total} requests (full report: {path}):\n{string.Join('\n', lines)}";
    }

    private static string Kinds(IEnumerable<Violation> violations) =>
        string.Join(", ", violations.GroupBy(v => v.Exchange.Status).Select(g => $"{g.Key}×{g.Count()}"));

    private static string Excerpt(string body, int length = ExcerptLength)
    {
        var flat = body.ReplaceLineEndings(" ").Replace("`", "'", StringComparison.Ordinal);
        return flat.Length <= length ? flat : flat[..length] + "…";
    }
}
