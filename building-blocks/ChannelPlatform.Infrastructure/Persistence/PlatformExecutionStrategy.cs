using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace ChannelPlatform.Infrastructure.Persistence;

/// <summary>
/// Retries an operation that met a <see cref="TransientFaults">transient fault</see> a few times, quickly: reads, and
/// transactions that failed before their commit (nothing of them was written). A failed commit is never retried
/// (<see cref="CommitOutcomeUnknownException"/>).
/// </summary>
internal sealed class PlatformExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, errorCodesToAdd: null)
{
    public const int MaxRetries = 3;

    public static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(2);

    protected override bool ShouldRetryOn(Exception? exception) =>
        !SingleAttempt.IsActive && exception is not CommitOutcomeUnknownException && TransientFaults.IsTransient(exception);
}
