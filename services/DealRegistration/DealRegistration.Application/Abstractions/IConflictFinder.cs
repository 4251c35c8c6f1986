using DealRegistration.Domain.Deals;

namespace DealRegistration.Application.Abstractions;

/// <summary>
/// Open registrations (Submitted, or Approved and still protected) of other partners for the same customer — by
/// <see cref="Domain.Conflicts.Matching.ConflictMatcher"/> — sharing at least one product. Inside the registering
/// transaction it first takes locks on the customer's rare match keys, so a similar registration at the same instant
/// waits for this one to commit and then sees it.
/// </summary>
public interface IConflictFinder
{
    Task<IReadOnlyList<DealConflict>> FindAsync(Guid partnerId, Customer customer, IReadOnlyList<string> products, DateTimeOffset now, CancellationToken cancellationToken);
}
