using DealRegistration.Domain.Deals;
using Npgsql;
using NpgsqlTypes;

namespace DealRegistration.IntegrationTests;

/// <summary>
/// Open registrations of realistic names for <see cref="ConflictQueryBenchmark"/> (and the labelled set for
/// <see cref="LabelledSetSqlTests"/>), written with binary COPY: invented
/// brand words (65 000 of them, so each recurs as the table grows), surnames, places and the generic words real
/// names repeat. The GIN indexes are rebuilt and the key counts added after each load, as the trigger would keep them.
/// </summary>
internal static class BenchmarkSeed
{
    private static readonly string[] Syllables =
        ["ka", "lo", "ver", "tan", "mi", "sor", "bel", "dra", "quo", "ex", "ny", "pho", "zen", "tri", "vol", "ar", "den", "fal", "gri", "hel",
         "ion", "jus", "kor", "lum", "mar", "nov", "ori", "pel", "ras", "sil", "tor", "ul", "van", "wen", "xer", "yor", "zul", "bri", "cam", "dex"];

    private static readonly string[] Generic =
        ["Solutions", "Systems", "Services", "Group", "Industries", "Technologies", "Consulting", "Partners", "Logistics", "Engineering",
         "Construction", "Foods", "Capital", "Energy", "Health", "Software", "Digital", "Media", "Trading", "Global", "Advanced", "Bank",
         "Insurance", "Manufacturing", "Design", "Analytics", "Security", "Supply", "Electric", "Motors", "Dental", "Realty", "Networks"];

    private static readonly string[] Surnames =
        ["Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Garcia", "Wilson", "Martinez", "Anderson", "Taylor", "Thomas",
         "Moore", "Jackson", "Martin", "Lee", "Thompson", "White", "Harris", "Clark", "Lewis", "Walker", "Young", "King", "Wright", "Scott"];

    private static readonly string[] Places = ["USA", "Europe", "Deutschland", "UK", "Canada", "Asia Pacific", "France", "Nordic"];
    private static readonly string[] LegalForms = ["Inc.", "LLC", "Ltd", "GmbH", "S.A.", "Corp.", "B.V.", "Pty Ltd", "AB", "plc"];
    private static readonly string[] Countries = ["US", "US", "US", "GB", "DE", "FR", "CA", "AU", "NL", "SE"];
    private static readonly string[] Products = ["CloudSuite", "Analytics", "Security", "Backup", "Edge", "Identity", "Storage", "Network", "Observability", "Payments"];

    public static (Customer Customer, string Product) Probe(Random random) =>
        (Customer.Of(Name(random), null, Pick(random, Countries)), Pick(random, Products));

    public static async Task FillAsync(string connectionString, int from, int to)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var indexes = await IndexDefinitionsAsync(connection);
        await ExecuteAsync(connection, string.Join(';', indexes.Keys.Select(n => $"DROP INDEX dealreg.{n}")) + ";" +
            "ALTER TABLE dealreg.deals DISABLE TRIGGER deals_count_match_keys; SET maintenance_work_mem = '1GB'");
        var last = await LastIdAsync(connection);
        await CopyAsync(connection, Generated(from, to));
        await ExecuteAsync(connection, string.Join(';', indexes.Values) + ";" + """
            ALTER TABLE dealreg.deals ENABLE TRIGGER deals_count_match_keys;
            INSERT INTO dealreg.match_key_counts AS c (key, shard, registrations)
            SELECT k, 0, count(*) FROM dealreg.deals d, unnest(d.customer_match_keys) k
            WHERE d.id > @last AND (k LIKE 't:%' OR k LIKE 'a:%') GROUP BY k
            ON CONFLICT (key, shard) DO UPDATE SET registrations = c.registrations + excluded.registrations
            """, last);
        // As a table that has lived: vacuumed (visibility map set, no autovacuum in the middle of the measurement) and analysed.
        await ExecuteAsync(connection, "VACUUM (ANALYZE) dealreg.deals");
        await ExecuteAsync(connection, "VACUUM (ANALYZE) dealreg.match_key_counts");
    }

    /// <summary>Open registrations of partner-less test customers, by binary COPY (the key-count trigger fires unless disabled).</summary>
    public static async Task CopyAsync(NpgsqlConnection connection, IEnumerable<(Customer Customer, string Product, bool Approved)> rows)
    {
        var now = DateTime.UtcNow;
        await using var copy = await connection.BeginBinaryImportAsync("""
            COPY dealreg.deals (id, partner_id, customer_company_name, customer_normalized_name, customer_domain, customer_contact_email,
                customer_country, customer_match_tokens, customer_match_keys, products, estimated_value, currency, expected_close_date, status,
                submitted_at, decision_due_at, protection_expires_at, protection_extended, conflicts_overridden, version, conflicts, history)
            FROM STDIN (FORMAT BINARY)
            """);
        var i = 0;
        foreach (var (customer, product, approved) in rows)
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
            await copy.WriteAsync(new Guid($"00000000-0000-0000-0000-{i++ % 50:D12}"), NpgsqlDbType.Uuid);
            await copy.WriteAsync(customer.CompanyName, NpgsqlDbType.Varchar);
            await copy.WriteAsync(customer.NormalizedName, NpgsqlDbType.Varchar);
            await copy.WriteAsync(customer.Domain, NpgsqlDbType.Varchar);
            await copy.WriteAsync(customer.ContactEmail, NpgsqlDbType.Varchar);
            await copy.WriteAsync(customer.Country, NpgsqlDbType.Varchar);
            await copy.WriteAsync(customer.MatchTokens.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await copy.WriteAsync(customer.MatchKeys.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await copy.WriteAsync(new[] { product }, NpgsqlDbType.Array | NpgsqlDbType.Text);
            await copy.WriteAsync(25_000m, NpgsqlDbType.Numeric);
            await copy.WriteAsync("USD", NpgsqlDbType.Varchar);
            await copy.WriteAsync(new DateOnly(2027, 6, 30), NpgsqlDbType.Date);
            await copy.WriteAsync(approved ? "Approved" : "Submitted", NpgsqlDbType.Varchar);
            await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(now.AddHours(48), NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(approved ? now.AddDays(60) : (DateTime?)null, NpgsqlDbType.TimestampTz);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            await copy.WriteAsync(false, NpgsqlDbType.Boolean);
            await copy.WriteAsync(1, NpgsqlDbType.Integer);
            await copy.WriteAsync("[]", NpgsqlDbType.Jsonb);
            await copy.WriteAsync("[]", NpgsqlDbType.Jsonb);
        }

        await copy.CompleteAsync();
    }

    private static IEnumerable<(Customer, string, bool)> Generated(int from, int to)
    {
        var random = new Random(from + 1);
        for (var i = from; i < to; i++)
        {
            var product = Products[i % Products.Length];
            yield return (Customer.Of(Name(random), null, Pick(random, Countries), products: [product]), product, i % 3 == 0);
        }
    }

    private static string Name(Random random)
    {
        var name = random.Next(100) switch
        {
            < 35 => $"{Invented(random)} {Pick(random, Generic)}",
            < 50 => $"{Invented(random)} {Invented(random)} {Pick(random, Generic)}",
            < 62 => Invented(random),
            < 77 => $"{Pick(random, Surnames)} {Pick(random, Generic)}",
            < 87 => $"{Pick(random, Places)} {Pick(random, Generic)} {Pick(random, Generic)}",
            _ => $"{Invented(random)} {Pick(random, Places)}",
        };
        return random.Next(2) == 0 ? $"{name} {Pick(random, LegalForms)}" : name;
    }

    private static string Invented(Random random)
    {
        var word = string.Concat(Enumerable.Range(0, 2 + random.Next(2)).Select(_ => Pick(random, Syllables)));
        return char.ToUpperInvariant(word[0]) + word[1..];
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    private static async Task<Dictionary<string, string>> IndexDefinitionsAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'dealreg' AND indexname LIKE '%customer_match_keys'", connection);
        var indexes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            indexes[reader.GetString(0)] = reader.GetString(1);
        return indexes;
    }

    private static async Task<Guid> LastIdAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand("SELECT coalesce((SELECT id FROM dealreg.deals ORDER BY id DESC LIMIT 1), '00000000-0000-0000-0000-000000000000')", connection);
        return (Guid)(await command.ExecuteScalarAsync())!;
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, Guid? last = null)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        if (last is { } id)
            command.Parameters.AddWithValue("last", id);
        await command.ExecuteNonQueryAsync();
    }
}
