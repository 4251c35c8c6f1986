using Microsoft.EntityFrameworkCore;

namespace ChannelPlatform.Infrastructure.Persistence;

/// <summary>
/// Runs work that owns its transaction and cannot be repeated blindly (an idempotent request whose response is
/// already half built) inside the execution strategy, so EF accepts the user transaction, but with retries off.
/// </summary>
public static class SingleAttempt
{
    private static readonly AsyncLocal<bool> Active = new();

    internal static bool IsActive => Active.Value;

    public static async Task<T> RunAsync<T>(DbContext db, Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        Active.Value = true; // flows into the strategy and the operation; reverts when this method returns
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(operation, cancellationToken);
    }
}
