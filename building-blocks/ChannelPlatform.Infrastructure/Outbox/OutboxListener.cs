using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>LISTENs on the schema's outbox channel so commits by any replica wake this relay at once.</summary>
internal sealed class OutboxListener(
    OutboxDatabase db,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RelayEnabled)
            return;
        // Its own connection outside the pool: a LISTEN must not be handed back to another user.
        var connectionString = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Pooling = false }.ConnectionString;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(stoppingToken);
                connection.Notification += (_, _) => signal.Notify();
                await using (var listen = new NpgsqlCommand($"LISTEN {db.Channel}", connection))
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                signal.Notify(); // catch up with anything committed while not listening
                while (!stoppingToken.IsCancellationRequested)
                    await connection.WaitAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Outbox LISTEN connection lost; polling until it is back");
                await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken);
            }
        }
    }
}
