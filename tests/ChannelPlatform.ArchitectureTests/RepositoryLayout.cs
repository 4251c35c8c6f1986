using System.Xml.Linq;

namespace ChannelPlatform.ArchitectureTests;

/// <summary>The source tree as MSBuild sees it: services/&lt;Service&gt;/*.csproj and their references.</summary>
internal static class RepositoryLayout
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string ServicesFolder => Path.Combine(Root, "services");

    /// <summary>Every folder directly under services/ (one per service, the gateway included).</summary>
    public static IReadOnlyList<string> ServiceFolders() =>
        Directory.GetDirectories(ServicesFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal).ToList();

    public static IReadOnlyList<string> ProjectsOf(string serviceFolder) =>
        Directory.GetFiles(Path.Combine(ServicesFolder, serviceFolder), "*.csproj", SearchOption.AllDirectories)
            .Where(p => !IsBuildOutput(p))
            .ToList();

    public static string ProjectPath(string serviceFolder, string projectName) =>
        Path.Combine(ServicesFolder, serviceFolder, projectName, projectName + ".csproj");

    public static string BuildingBlockProject(string name) => Path.Combine(Root, "building-blocks", name, name + ".csproj");

    /// <summary>The full paths of a project's ProjectReference items.</summary>
    public static IReadOnlyList<string> ProjectReferences(string project)
    {
        var folder = Path.GetDirectoryName(project)!;
        return Items(project, "ProjectReference")
            .Select(include => Path.GetFullPath(Path.Combine(folder, include.Replace('\\', Path.DirectorySeparatorChar))))
            .ToList();
    }

    public static IReadOnlyList<string> PackageReferences(string project) => Items(project, "PackageReference").ToList();

    /// <summary>The service folder a path lies in (services/&lt;Service&gt;/…), or null outside services/.</summary>
    public static string? ServiceOf(string path)
    {
        var relative = Path.GetRelativePath(ServicesFolder, path);
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative))
            return null;
        return relative.Split(Path.DirectorySeparatorChar)[0];
    }

    public static string Relative(string path) => Path.GetRelativePath(Root, path).Replace('\\', '/');

    private static IEnumerable<string> Items(string project, string item) =>
        XDocument.Load(project).Descendants()
            .Where(e => e.Name.LocalName == item)
            .Select(e => (string?)e.Attribute("Include"))
            .OfType<string>();

    private static bool IsBuildOutput(string path)
    {
        var parts = path.Split(Path.DirectorySeparatorChar);
        return parts.Contains("bin") || parts.Contains("obj");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ChannelPlatform.sln")) && Directory.Exists(Path.Combine(dir.FullName, "services")))
                return dir.FullName;
        }

        throw new InvalidOperationException($"No ChannelPlatform.sln above {AppContext.BaseDirectory}: run the architecture tests from the repository's build output.");
    }
}
