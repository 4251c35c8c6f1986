using System.Diagnostics;

namespace ChannelPlatform.Testing;

/// <summary>
/// A service as a real child process (its Release or Debug build, as the tests were built), so a test can kill it
/// with SIGKILL in the middle of its work — no graceful stop, no finally blocks, no flushed buffers.
/// </summary>
public sealed class ServiceProcess : IDisposable
{
    private readonly Process _process;

    private ServiceProcess(Process process) => _process = process;

    public int Id => _process.Id;

    /// <param name="project">e.g. "services/Partners/Partners.Api"; the assembly is its folder's last name.</param>
    public static ServiceProcess Start(string project, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        var process = Process.Start(StartInfo(project, settings, args)) ?? throw new InvalidOperationException($"dotnet {project} did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new ServiceProcess(process);
    }

    /// <summary>Runs a command of the service (e.g. <c>migrate</c>) to its end: its exit code and what it printed.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(string project, IReadOnlyDictionary<string, string?> settings, params string[] args)
    {
        using var process = Process.Start(StartInfo(project, settings, args)) ?? throw new InvalidOperationException($"dotnet {project} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await errors);
    }

    private static ProcessStartInfo StartInfo(string project, IReadOnlyDictionary<string, string?> settings, string[] args)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var dll = AssemblyPath(project);
        var start = new ProcessStartInfo("dotnet", [dll, .. args])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment["Database__MigrateOnStartup"] = "false";
        foreach (var (key, value) in settings)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return start;
    }

    /// <summary>SIGKILL: the process stops where it is.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
            _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }

    private static string AssemblyPath(string project)
    {
        var here = AppContext.BaseDirectory;
        var configuration = here.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var root = new DirectoryInfo(here);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "ChannelPlatform.sln")))
            root = root.Parent;
        if (root is null)
            throw new InvalidOperationException($"No ChannelPlatform.sln above {here}.");
        var name = Path.GetFileName(project.TrimEnd('/'));
        var dll = Path.Combine(root.FullName, project, "bin", configuration, "net10.0", name + ".dll");
        return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build {project} ({configuration}) first.", dll);
    }
}
