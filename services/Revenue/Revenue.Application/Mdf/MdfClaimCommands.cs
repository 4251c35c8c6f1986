using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Application.Rates;
using Revenue.Domain.Mdf;

namespace Revenue.Application.Mdf;

public sealed record SubmitMdfClaimCommand(Guid RequestId, decimal? ClaimedAmount, IReadOnlyList<string>? ProofUrls, int? LeadsGenerated) : ICommand<MdfClaimResponse>, ITransactional;

public sealed record ApproveMdfClaimCommand(Guid Id, decimal? ApprovedAmount, string? Reason) : ICommand<MdfClaimResponse>, ITransactional;

public sealed record ReimburseMdfClaimCommand(Guid Id, DateOnly? PaidOn) : ICommand<MdfClaimResponse>, ITransactional;

public sealed class SubmitMdfClaimValidator : AbstractValidator<SubmitMdfClaimCommand>
{
    public SubmitMdfClaimValidator()
    {
        RuleFor(c => c.ClaimedAmount).NotNull().GreaterThan(0).IsAmount();
        RuleFor(c => c.ProofUrls).NotEmpty().Must(u => u!.Count <= 20).WithMessage("At most 20 proof URLs.");
        RuleForEach(c => c.ProofUrls)
            .Must(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && u.Length <= 2000)
            .WithMessage("Each proof URL must be an absolute http(s) URL.");
        RuleFor(c => c.LeadsGenerated).GreaterThanOrEqualTo(0).When(c => c.LeadsGenerated is not null);
    }
}

public sealed class ApproveMdfClaimValidator : AbstractValidator<ApproveMdfClaimCommand>
{
    public ApproveMdfClaimValidator()
    {
        RuleFor(c => c.ApprovedAmount).NotNull().GreaterThanOrEqualTo(0).IsAmount();
        RuleFor(c => c.Reason).MaximumLength(1000);
    }
}

public sealed class ReimburseMdfClaimValidator : AbstractValidator<ReimburseMdfClaimCommand>
{
    public ReimburseMdfClaimValidator() => RuleFor(c => c.PaidOn).NotNull().InclusiveBetween(Dates.Earliest, Dates.Latest);
}

/// <summary>
/// Claims against an approved request: submitted by the partner (within the approved amount, until 60 days
/// after the planned date), approved by a channel manager (a short pay needs a reason), then reimbursed.
/// A partner's claims are serialized by the partner lock, so two claims cannot both take the last of a request.
/// </summary>
public sealed class MdfClaimCommandHandler(IRevenueDbContext db, ICurrentUser user, IRequestPreconditions preconditions, ExchangeRateBook rates, TimeProvider clock) :
    ICommandHandler<SubmitMdfClaimCommand, MdfClaimResponse>,
    ICommandHandler<ApproveMdfClaimCommand, MdfClaimResponse>,
    ICommandHandler<ReimburseMdfClaimCommand, MdfClaimResponse>
{
    public async ValueTask<MdfClaimResponse> Handle(SubmitMdfClaimCommand c, CancellationToken ct)
    {
        var partnerId = await db.MdfRequests.Where(r => r.Id == c.RequestId).Select(r => (Guid?)r.PartnerId).SingleOrDefaultAsync(ct);
        if (partnerId is null || !user.CanSee(partnerId.Value))
            throw new NotFoundException("MDF request", c.RequestId);
        await db.LockPartnerAsync(partnerId.Value, ct);
        var request = await db.MdfRequests.SingleAsync(r => r.Id == c.RequestId, ct);
        var now = clock.GetUtcNow();
        var budget = await BudgetOfAsync(request, ct);
        var claim = request.SubmitClaim(c.ClaimedAmount!.Value, c.ProofUrls!, c.LeadsGenerated, budget, DateOnly.FromDateTime(now.UtcDateTime), now);
        db.MdfClaims.Add(claim);
        return claim.ToResponse();
    }

    public async ValueTask<MdfClaimResponse> Handle(ApproveMdfClaimCommand c, CancellationToken ct)
    {
        var claim = await LoadAsync(c.Id, ct);
        await db.LockPartnerAsync(claim.PartnerId, ct);
        claim.Approve(c.ApprovedAmount!.Value, c.Reason, clock.GetUtcNow());
        if (claim.ShortPaid)
        {
            var request = await db.MdfRequests.SingleAsync(r => r.Id == claim.RequestId, ct);
            request.ReleaseShortPay(claim, await BudgetOfAsync(request, ct));
        }

        return claim.ToResponse();
    }

    public async ValueTask<MdfClaimResponse> Handle(ReimburseMdfClaimCommand c, CancellationToken ct)
    {
        var claim = await LoadAsync(c.Id, ct);
        var request = await db.MdfRequests.AsNoTracking().SingleAsync(r => r.Id == claim.RequestId, ct);
        claim.Reimburse(c.PaidOn!.Value, request, await BudgetOfAsync(request, ct), clock.GetUtcNow());
        return claim.ToResponse();
    }

    private async Task<MdfBudget> BudgetOfAsync(MdfRequest request, CancellationToken ct) =>
        (await new MdfBudgetCalculator(db, rates, clock).LockAsync(request.PartnerId, request.PlannedOn.Year, ct)).Budget;

    private async Task<MdfClaim> LoadAsync(Guid id, CancellationToken ct)
    {
        var claim = await db.MdfClaims.SingleOrDefaultAsync(x => x.Id == id, ct) ?? throw new NotFoundException("MDF claim", id);
        preconditions.EnsureVersion(claim.Version);
        return claim;
    }
}
