using System.Text;
using ChannelPlatform.FuzzTests.Checks;
using ChannelPlatform.FuzzTests.Generation;

namespace ChannelPlatform.FuzzTests.Reporting;

/// <summary>The report as Markdown: figures, then violations by category and operation, one reproducible example each.</summary>
public static class ReportText
{
    public static string Markdown(FuzzReport report, FuzzSettings settings, int operations, IEnumerable<string> world, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(settings);
        var md = new StringBuilder();
        var violations = report.Violations;
        var categories = violations.GroupBy(v => v.Category).OrderByDescending(g => g.Count()).ToList();
        Line(md, $"# Generated-input run (seed {settings.Seed})\n");
        Line(md, $"{report.Total} requests over {operations} operations in {elapsed.TotalSeconds:0} s, "
            + $"concurrency {settings.Concurrency}; replay with `CHANNEL_FUZZ_SEED={settings.Seed}`.\n");
        Line(md, "| status class | answers |\n| --- | ---: |");
        foreach (var (statusClass, count) in report.ByStatusClass.OrderBy(c => c.Key, StringComparer.Ordinal))
            Line(md, $"| {statusClass} | {count} |");
        Line(md, $"\n**{violations.Count} violations** in {Operations(violations)} operations.\n");
        Line(md, "| category | violations | operations |\n| --- | ---: | ---: |");
        foreach (var category in categories)
            Line(md, $"| {category.Key} | {category.Count()} | {Operations(category)} |");
        foreach (var (reason, count) in report.Allowed)
            Line(md, $"\nAllowed, not counted ({count}): {reason} — see KnownExceptions.cs.");
        foreach (var category in categories)
            Category(md, category.Key, category.ToList());
        Line(md, $"## Real resources made up front\n\n{string.Join(", ", world.Order(StringComparer.Ordinal).Select(c => $"`{c}`"))}\n");
        PerOperation(md, report);
        return md.ToString();
    }

    /// <summary>The failure message: one line per category and operation, the full report being in the test output and the file.</summary>
    public static string Summary(FuzzReport report, string path)
    {
        ArgumentNullException.ThrowIfNull(report);
        var lines = new List<string>();
        foreach (var category in report.Violations.GroupBy(v => v.Category).OrderByDescending(g => g.Count()))
        {
            lines.Add($"{category.Key}: {category.Count()} in {Operations(category)} operations");
            var operations = category.GroupBy(v => v.Exchange.Request.Operation.Name).OrderByDescending(g => g.Count());
            foreach (var operation in operations.Take(8))
            {
                var exchange = operation.First().Exchange;
                lines.Add($"    {operation.Key} ×{operation.Count()}: {exchange.Request.Mutation} → {exchange.Status} {Excerpt(exchange.Body, 100)}");
            }
        }

        return $"{report.Violations.Count} violations in {report.Total} requests (full report: {path}):\n{string.Join('\n', lines)}";
    }

    private static void Category(StringBuilder md, string name, IReadOnlyList<Violation> violations)
    {
        Line(md, $"\n## {name} ({violations.Count})\n");
        var groups = violations.GroupBy(v => (v.Exchange.Request.Operation.Name, v.Exchange.Request.Category)).OrderByDescending(g => g.Count());
        foreach (var group in groups)
        {
            var example = group.First();
            var exchange = example.Exchange;
            var statuses = string.Join(", ", group.GroupBy(v => v.Exchange.Status).Select(g => $"{g.Key}×{g.Count()}"));
            Line(md, $"- **{group.Key.Name}** ({group.Key.Category}, {group.Count()}×, e.g. {exchange.Request.Mutation}; {statuses})");
            Line(md, $"  - {example.Detail} → HTTP {exchange.Status} `{exchange.MediaType ?? "no content type"}` `{Excerpt(exchange.Body, 240)}`");
            Line(md, $"  - `{exchange.Request.Reproduce(exchange.Server.ToString())}`");
        }

        Line(md, string.Empty);
    }

    private static void PerOperation(StringBuilder md, FuzzReport report)
    {
        Line(md, "## Requests per operation\n\n| operation | requests | by status class | baseline |\n| --- | ---: | --- | --- |");
        foreach (var (operation, classes) in report.ByOperation.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var figures = string.Join(", ", classes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));
            Line(md, $"| {operation} | {classes.Values.Sum()} | {figures} | {report.Baselines.GetValueOrDefault(operation)} |");
        }
    }

    private static int Operations(IEnumerable<Violation> violations) => violations.Select(v => v.Exchange.Request.Operation.Name).Distinct().Count();

    private static void Line(StringBuilder md, string text) => md.AppendLine(text);

    private static string Excerpt(string body, int length)
    {
        var flat = body.ReplaceLineEndings(" ").Replace("`", "'", StringComparison.Ordinal);
        return flat.Length <= length ? flat : flat[..length] + "…";
    }
}
