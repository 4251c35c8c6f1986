namespace DealRegistration.Application.Abstractions;

/// <summary>How many open registrations hold each counted match key (<see cref="Domain.Conflicts.Matching.MatchKeys.Counts"/>).</summary>
public interface IMatchStatistics
{
    Task<IReadOnlyDictionary<string, int>> CountsAsync(IEnumerable<string> keys, CancellationToken cancellationToken);

    /// <summary>Ids of deals of any status holding one of the keys, after a given id, in id order (the GIN index on all deals).</summary>
    Task<IReadOnlyList<Guid>> DealsWithAnyAsync(IReadOnlyList<string> keys, Guid? after, int limit, CancellationToken cancellationToken);
}
