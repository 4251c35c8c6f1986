using ChannelPlatform.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace ChannelPlatform.Infrastructure.Outbox;

/// <summary>NOTIFY inside the writing transaction: PostgreSQL delivers it on commit, to every replica's relay.</summary>
internal static class OutboxNotifications
{
    public static string Channel(string schema) => $"outbox_{schema}";

    public static Task NotifyAsync(ServiceDbContext db, CancellationToken cancellationToken) =>
#pragma warning disable EF1002 // the channel name is the service's own constant schema, not input
        db.Database.ExecuteSqlRawAsync($"NOTIFY {Channel(db.Schema)}", cancellationToken);
#pragma warning restore EF1002
}
