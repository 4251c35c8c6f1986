using DealRegistration.Domain.Deals;

namespace DealRegistration.Application.Abstractions;

/// <summary>
/// Open registrations (Submitted, or Approved and still protected) of other partners for the same
/// customer — same domain, or company-name trigram similarity ≥ 0.6 — sharing at least one product.
/// </summary>
public interface IConflictFinder
{
    Task<IReadOnlyList<DealConflict>> FindAsync(Guid partnerId, Customer customer, IReadOnlyList<string> products, DateTimeOffset now, CancellationToken cancellationToken);
}
