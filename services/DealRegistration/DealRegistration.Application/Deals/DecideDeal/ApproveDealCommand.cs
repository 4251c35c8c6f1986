using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Deals;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Deals.DecideDeal;

public sealed record ApproveDealCommand(Guid DealId, string? Notes, bool? OverrideConflicts, string? OverrideReason) : ICommand<DealResponse>, ITransactional;

public sealed class ApproveDealValidator : AbstractValidator<ApproveDealCommand>
{
    public ApproveDealValidator()
    {
        RuleFor(c => c.Notes).MaximumLength(4000);
        RuleFor(c => c.OverrideReason).MaximumLength(1000);
        RuleFor(c => c.OverrideReason).NotEmpty().When(c => c.OverrideConflicts == true).WithMessage("'overrideReason' is required when overrideConflicts is true.");
    }
}

/// <summary>Protection = approval + the partner tier's protection days (from the partner projection).</summary>
public sealed class ApproveDealHandler(IDealsDbContext db, ICurrentUser user, IRequestPreconditions preconditions, TimeProvider clock)
    : ICommandHandler<ApproveDealCommand, DealResponse>
{
    public async ValueTask<DealResponse> Handle(ApproveDealCommand c, CancellationToken cancellationToken)
    {
        var deal = await db.GetDealAsync(user, c.DealId, cancellationToken);
        preconditions.EnsureVersion(deal.Version);
        var conflictIds = deal.Conflicts.Select(x => x.ConflictingDealId).ToList();
        var stillOpen = await db.Deals.Where(d => conflictIds.Contains(d.Id) && (d.Status == DealStatus.Submitted || d.Status == DealStatus.Approved))
            .Select(d => d.Id).ToListAsync(cancellationToken);
        var protectionDays = await db.Partners.Where(p => p.PartnerId == deal.PartnerId).Select(p => (int?)p.ProtectionDays).SingleOrDefaultAsync(cancellationToken) ?? 60;
        var now = clock.GetUtcNow();
        deal.Approve(protectionDays, c.OverrideConflicts ?? false, c.OverrideReason, c.Notes, stillOpen, user.Name, now);
        return deal.ToResponse(user, now);
    }
}
