using System.Diagnostics;
using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using Xunit.Abstractions;

namespace DealRegistration.IntegrationTests;

/// <summary>Runs only with CHANNEL_BENCH=1: a measurement to read, never a timed assertion.</summary>
public sealed class BenchmarkFactAttribute : FactAttribute
{
    public BenchmarkFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("CHANNEL_BENCH") != "1")
            Skip = "Benchmark: set CHANNEL_BENCH=1 to run it.";
    }
}

/// <summary>
/// Registration throughput and latency over HTTP (conflict check included) with 10 000 and then
/// 100 000 open registrations of other partners already in the table. Owns its fixture, so a
/// skipped run starts nothing.
/// </summary>
[Trait("Category", "Benchmark")]
public sealed class RegistrationBenchmark(ITestOutputHelper output)
{
    private const int Requests = 200;

    private static readonly string[] Products = ["CloudSuite", "Analytics", "Security", "Backup", "Edge", "Identity", "Storage", "Network", "Observability", "Payments"];

    // Seeded names come from the same vocabulary as the measured ones, so the trigram index has near matches to sift.
    private const string SeedSql = """
        INSERT INTO dealreg.deals (id, partner_id, customer_company_name, customer_normalized_name, customer_domain, customer_country,
            products, estimated_value, currency, expected_close_date, status, submitted_at, decision_due_at, protection_expires_at,
            protection_extended, conflicts_overridden, version, conflicts, history)
        SELECT gen_random_uuid(),
               ('00000000-0000-0000-0000-' || lpad((i % 50)::text, 12, '0'))::uuid,
               initcap(w1) || ' ' || initcap(w2) || ' ' || (i % 997) || ' Inc',
               w1 || ' ' || w2 || ' ' || (i % 997),
               w1 || '-' || w2 || '-' || i || '.example',
               'US',
               ARRAY[(@p1::text[])[1 + i % 10]],
               10000 + i % 90000, 'USD', DATE '2027-06-30',
               CASE WHEN i % 3 = 0 THEN 'Approved' ELSE 'Submitted' END,
               @p2, @p2 + interval '48 hours',
               CASE WHEN i % 3 = 0 THEN @p2 + interval '60 days' END,
               false, false, 1, '[]'::jsonb, '[]'::jsonb
        FROM (SELECT i,
                     (@p0::text[])[1 + i % 40] AS w1,
                     (@p0::text[])[1 + (i / 40) % 40] AS w2
              FROM generate_series(@p3::int, @p4::int) AS i) s
        """;

    private static readonly string[] Words =
    [
        "acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka", "tyrell", "cyberdyne",
        "soylent", "oscorp", "aperture", "vandelay", "dunder", "mifflin", "pied", "piper", "gringotts", "monarch",
        "nakatomi", "virtucon", "zorg", "massive", "dynamic", "contoso", "fabrikam", "northwind", "tailspin", "litware",
        "adventure", "proseware", "woodgrove", "lucerne", "fourth", "coffee", "alpine", "wingtip", "margie", "trey",
    ];

    [BenchmarkFact]
    public async Task Registration_throughput_and_latency_with_10_000_and_100_000_open_registrations()
    {
        var service = new DealServiceFixture();
        await service.InitializeAsync();
        try
        {
            var partner = await new PartnerEvents(service).ActiveAsync();
            var client = service.Client(Roles.ChannelManager);
            var seeded = 0;
            foreach (var size in new[] { 10_000, 100_000 })
            {
                var watch = Stopwatch.StartNew();
                await service.Database.ExecuteAsync(SeedSql, Words, Products, service.Now, seeded + 1, size);
                await service.Database.ExecuteAsync("ANALYZE dealreg.deals");
                output.WriteLine($"seeded {size - seeded:N0} rows (total {size:N0}) in {watch.Elapsed.TotalSeconds:F1} s");
                seeded = size;
                await Measure(client, partner, size);
                await ExplainConflictQuery(service);
            }
        }
        finally
        {
            await service.DisposeAsync();
        }
    }

    private async Task Measure(HttpClient client, Guid partner, int size)
    {
        var random = new Random(size);
        for (var warmUp = 0; warmUp < 10; warmUp++)
            await Register(client, partner, random);
        var latencies = new List<double>(Requests);
        var total = Stopwatch.StartNew();
        var conflicts = 0;
        for (var i = 0; i < Requests; i++)
        {
            var one = Stopwatch.StartNew();
            conflicts += await Register(client, partner, random);
            latencies.Add(one.Elapsed.TotalMilliseconds);
        }

        total.Stop();
        latencies.Sort();
        var p95 = latencies[(int)Math.Ceiling(0.95 * latencies.Count) - 1];
        output.WriteLine(
            $"{size,7:N0} open registrations: {Requests / total.Elapsed.TotalSeconds:F1} submissions/s, mean {latencies.Average():F1} ms, p95 {p95:F1} ms, " +
            $"max {latencies[^1]:F1} ms ({conflicts} conflicts found)");
    }

    /// <summary>
    /// The plan of the conflict check's lookup (the shape of ConflictFinder's query) for one near-match, to read next to the
    /// timings. Seeded rows get their match keys from MatchKeysBackfill (every 30 s), which may still be running meanwhile.
    /// </summary>
    private async Task ExplainConflictQuery(DealServiceFixture service)
    {
        await using var connection = new Npgsql.NpgsqlConnection(service.Database.ConnectionString);
        await connection.OpenAsync();
        await using var explain = new Npgsql.NpgsqlCommand(
            """
            EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
            WITH candidates AS MATERIALIZED (
                SELECT d.id, d.partner_id, d.status, d.submitted_at, d.protection_expires_at, d.products FROM dealreg.deals d
                WHERE d.status IN ('Submitted', 'Approved') AND d.customer_match_keys && ARRAY['n:17 acme globex', 'w:acme-globex-1.example'])
            SELECT d.id FROM candidates d
            WHERE (d.status = 'Submitted' OR d.protection_expires_at > now()) AND d.partner_id <> gen_random_uuid()
              AND EXISTS (SELECT 1 FROM unnest(d.products) p WHERE lower(p) = ANY(ARRAY['cloudsuite']))
            ORDER BY d.submitted_at LIMIT 200
            """,
            connection);
        await using var reader = await explain.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            output.WriteLine("    " + reader.GetString(0));
    }

    private static async Task<int> Register(HttpClient client, Guid partner, Random random)
    {
        var (w1, w2) = (Words[random.Next(Words.Length)], Words[random.Next(Words.Length)]);
        var deal = DealApi.NewDeal(partner, $"{w1} {w2} {random.Next(997)} LLC", $"{w1}-{w2}-bench-{Guid.NewGuid():N}.example", [Products[random.Next(Products.Length)]]);
        var answer = await client.PostJson("/api/v1/deals", deal);
        answer.Status.ShouldBe(HttpStatusCode.Created, answer.ToString());
        return answer.Body["conflicts"]!.AsArray().Count;
    }
}
