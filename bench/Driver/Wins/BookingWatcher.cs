using System.Collections.Concurrent;
using Npgsql;
using NpgsqlTypes;

namespace Bench.Driver.Wins;

/// <summary>
/// Notes when each watched deal's booking becomes visible to a reader of revenue.bookings: polls every
/// <see cref="PollEvery"/> with a fresh snapshot and takes the time just before the query (the row was committed by
/// then), so "visible" is late by at most one poll interval.
/// </summary>
internal sealed class BookingWatcher(string connectionString)
{
    public static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(5);

    private readonly ConcurrentDictionary<Guid, byte> watched = new();
    private readonly ConcurrentDictionary<Guid, DateTime> seen = new();

    public IReadOnlyDictionary<Guid, DateTime> Seen => seen;

    public void Watch(Guid deal) => watched.TryAdd(deal, 0);

    public async Task RunAsync(CancellationToken stop)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(stop);
        await using var query = new NpgsqlCommand("SELECT deal_id FROM revenue.bookings WHERE deal_id = ANY(@ids)", connection);
        var ids = query.Parameters.Add("ids", NpgsqlDbType.Array | NpgsqlDbType.Uuid);
        ids.Value = Array.Empty<Guid>();
        await query.PrepareAsync(stop);
        while (!stop.IsCancellationRequested)
        {
            var pending = watched.Keys.Where(d => !seen.ContainsKey(d)).ToArray();
            if (pending.Length > 0)
            {
                ids.Value = pending;
                var asked = DateTime.UtcNow;
                await using var reader = await query.ExecuteReaderAsync(stop);
                while (await reader.ReadAsync(stop))
                    seen.TryAdd(reader.GetGuid(0), asked);
            }

            await Task.Delay(PollEvery, stop).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }
}
