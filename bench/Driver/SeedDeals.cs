using System.Diagnostics;
using System.Text.Json;
using DealRegistration.IntegrationTests;
using Npgsql;

namespace Bench.Driver;

/// <summary>
/// Tops the platform's dealreg.deals up to N open registrations of other partners, with the conflict-query benchmark's
/// seed (realistic names, match keys from the C# matcher, key counts added, vacuumed and analysed). Then checks that
/// no row waits for MatchKeysBackfill: a row without keys is invisible to the conflict check, and flatters it.
/// </summary>
internal static class SeedDeals
{
    private const string OpenCount = "SELECT count(*) FROM dealreg.deals WHERE status IN ('Submitted', 'Approved')";
    private const string WithoutKeys = "SELECT count(*) FROM dealreg.deals WHERE customer_match_keys = '{}'";

    public static async Task<int> RunAsync(Options options)
    {
        var connectionString = options.Text("db");
        var target = options.Number("open");
        var watch = Stopwatch.StartNew();
        var open = await ScalarAsync(connectionString, OpenCount);
        if (open < target)
            await BenchmarkSeed.FillAsync(connectionString, (int)open, target);
        var result = new
        {
            open = await ScalarAsync(connectionString, OpenCount),
            seeded = Math.Max(0, target - open),
            seconds = Math.Round(watch.Elapsed.TotalSeconds, 1),
            without_keys = await ScalarAsync(connectionString, WithoutKeys),
        };
        Console.WriteLine(JsonSerializer.Serialize(result));
        return result.without_keys == 0 ? 0 : 1;
    }

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
