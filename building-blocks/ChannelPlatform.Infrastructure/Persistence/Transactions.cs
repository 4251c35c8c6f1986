using Microsoft.EntityFrameworkCore.Storage;

namespace ChannelPlatform.Infrastructure.Persistence;

public static class Transactions
{
    /// <summary>Commits; a transient fault during the commit becomes <see cref="CommitOutcomeUnknownException"/> (never retried).</summary>
    public static async Task CommitAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        try
        {
            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (TransientFaults.IsTransient(ex))
        {
            throw new CommitOutcomeUnknownException(ex);
        }
    }
}
