namespace DealRegistration.Application.Abstractions;

/// <summary>How many open registrations hold each counted match key (<see cref="Domain.Conflicts.Matching.MatchKeys.Counts"/>).</summary>
public interface IMatchStatistics
{
    Task<IReadOnlyDictionary<string, int>> CountsAsync(IEnumerable<string> keys, CancellationToken cancellationToken);
}
