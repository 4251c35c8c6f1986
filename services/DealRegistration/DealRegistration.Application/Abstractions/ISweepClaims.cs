namespace DealRegistration.Application.Abstractions;

/// <summary>
/// Claims due work for a background sweep with row locks (<c>FOR UPDATE SKIP LOCKED</c>) inside the
/// caller's transaction, so replicas racing for the same rows each take different ones.
/// </summary>
public interface ISweepClaims
{
    Task<IReadOnlyList<Guid>> DealsAtRiskAsync(DateTimeOffset now, int batch, CancellationToken cancellationToken);

    Task<IReadOnlyList<Guid>> DealsBreachedAsync(DateTimeOffset now, int batch, CancellationToken cancellationToken);

    Task<IReadOnlyList<Guid>> DealsPastProtectionAsync(DateTimeOffset now, int batch, CancellationToken cancellationToken);

    Task<IReadOnlyList<Guid>> LeadsUnacceptedAsync(DateTimeOffset now, int batch, CancellationToken cancellationToken);
}
