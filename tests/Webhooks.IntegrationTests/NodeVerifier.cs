using System.Diagnostics;
using System.Text.Json;

namespace Webhooks.IntegrationTests;

/// <summary>
/// Checks a delivery with the reference npm <c>standardwebhooks</c> library (not the .NET code that signed it). The package
/// is installed once per run into the test output (bin/, not committed). Without node or npm the test fails and says why.
/// </summary>
public static class NodeVerifier
{
    private static readonly SemaphoreSlim InstallOnce = new(1, 1);
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "verifier");
    private static bool _installed;

    /// <returns>"verified", or why the library rejected it.</returns>
    public static async Task<string> VerifyAsync(string secret, string payload, IReadOnlyDictionary<string, string> headers)
    {
        await EnsureInstalledAsync();
        var input = JsonSerializer.Serialize(new { secret, payload, headers });
        var (code, output) = await RunAsync("node", ["verify.mjs"], input, TimeSpan.FromSeconds(30));
        return code == 0 ? output.Trim() : $"exit {code}: {output.Trim()}";
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallOnce.WaitAsync();
        try
        {
            if (_installed || Directory.Exists(Path.Combine(Folder, "node_modules", "standardwebhooks")))
            {
                _installed = true;
                return;
            }

            var (code, output) = await RunAsync("npm", ["install", "--no-audit", "--no-fund", "--loglevel=error"], null, TimeSpan.FromMinutes(3));
            if (code != 0)
                throw new InvalidOperationException($"npm install standardwebhooks failed ({code}) in {Folder}: {output}");
            _installed = true;
        }
        finally
        {
            InstallOnce.Release();
        }
    }

    private static async Task<(int Code, string Output)> RunAsync(string program, string[] arguments, string? stdin, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"The signature test needs Node.js and npm on PATH ({program}: {ex.Message}).", ex);
        }

        using (process)
        {
            if (stdin is not null)
                await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
            using var cts = new CancellationTokenSource(timeout);
            var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
            var stderr = process.StandardError.ReadToEndAsync(cts.Token);
            await process.WaitForExitAsync(cts.Token);
            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
