using System.Net.Sockets;
using Npgsql;

namespace ChannelPlatform.Infrastructure.Persistence;

/// <summary>
/// Database faults that say "try again shortly" rather than "this request is wrong": the server refused, reset or
/// dropped the connection, is shutting down or starting, has no connection slot left, or aborted the transaction for
/// a serialization failure or deadlock. Requests meeting one answer 503 with Retry-After; safe operations are retried.
/// </summary>
public static class TransientFaults
{
    private static readonly string[] SqlStates = ["57P01", "57P02", "57P03", "53300", "53400", "40001", "40P01"];

    public static bool IsTransient(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case PostgresException pg:
                    return pg.SqlState.StartsWith("08", StringComparison.Ordinal) || SqlStates.Contains(pg.SqlState);
                case NpgsqlException { IsTransient: true }:
                case SocketException:
                case EndOfStreamException:
                    return true;
            }
        }

        return false;
    }
}

/// <summary>
/// The commit itself failed on a transient fault: whether it took effect is unknown, so it is never retried blindly
/// (a retry could apply the command twice). The caller gets 503; with an <c>Idempotency-Key</c> its retry is safe.
/// </summary>
public sealed class CommitOutcomeUnknownException(Exception inner)
    : Exception("The database connection failed while committing; the outcome is unknown.", inner);
