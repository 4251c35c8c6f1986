namespace ChannelPlatform.FuzzTests.Reporting;

/// <summary><c>.local/fuzz-report.md</c> at the repository root (.local/ is ignored by git), where test.sh keeps its results too.</summary>
public static class ReportFile
{
    public static string Write(string markdown)
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ChannelPlatform.sln")))
            root = root.Parent;
        var folder = Path.Combine(root?.FullName ?? Path.GetTempPath(), ".local");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "fuzz-report.md");
        File.WriteAllText(path, markdown);
        return path;
    }
}
