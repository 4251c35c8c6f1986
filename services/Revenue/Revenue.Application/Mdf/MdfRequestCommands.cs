using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Revenue.Application.Abstractions;
using Revenue.Application.Rates;
using Revenue.Application.Bookings;
using Revenue.Domain.Campaigns;
using Revenue.Domain.Mdf;
using Revenue.Domain.Rates;

namespace Revenue.Application.Mdf;

public sealed record SubmitMdfRequestCommand(Guid? PartnerId, Guid? CampaignId, string? ActivityType, string? Description, decimal? RequestedAmount, string? Currency, DateOnly? PlannedOn)
    : ICommand<MdfRequestResponse>, ITransactional;

public sealed record ApproveMdfRequestCommand(Guid Id, decimal? ApprovedAmount) : ICommand<MdfRequestResponse>, ITransactional;

public sealed record RejectMdfRequestCommand(Guid Id, string? Reason) : ICommand<MdfRequestResponse>, ITransactional;

public sealed class SubmitMdfRequestValidator : AbstractValidator<SubmitMdfRequestCommand>
{
    public SubmitMdfRequestValidator()
    {
        RuleFor(c => c.PartnerId).NotEqual(Guid.Empty);
        RuleFor(c => c.ActivityType).IsEnumName<SubmitMdfRequestCommand, MdfActivityType>();
        RuleFor(c => c.Description).NotEmpty().MaximumLength(2000);
        RuleFor(c => c.RequestedAmount).NotNull().GreaterThan(0).IsAmount();
        RuleFor(c => c.Currency).IsCurrencyCode().When(c => c.Currency is not null);
        RuleFor(c => c.PlannedOn).NotNull().InclusiveBetween(Dates.Earliest, Dates.Latest);
    }
}

public sealed class ApproveMdfRequestValidator : AbstractValidator<ApproveMdfRequestCommand>
{
    public ApproveMdfRequestValidator() => RuleFor(c => c.ApprovedAmount).NotNull().GreaterThan(0).IsAmount();
}

public sealed class RejectMdfRequestValidator : AbstractValidator<RejectMdfRequestCommand>
{
    public RejectMdfRequestValidator() => RuleFor(c => c.Reason).NotEmpty().MaximumLength(1000);
}

/// <summary>
/// MDF requests: a partner user submits for its own partner (another partnerId is 403); channel managers
/// approve within the year's remaining budget, with the budget row locked so concurrent approvals
/// cannot overspend it, or reject.
/// </summary>
public sealed class MdfRequestCommandHandler(IRevenueDbContext db, ICurrentUser user, IRequestPreconditions preconditions, ExchangeRateBook rates, TimeProvider clock) :
    ICommandHandler<SubmitMdfRequestCommand, MdfRequestResponse>,
    ICommandHandler<ApproveMdfRequestCommand, MdfRequestResponse>,
    ICommandHandler<RejectMdfRequestCommand, MdfRequestResponse>
{
    public async ValueTask<MdfRequestResponse> Handle(SubmitMdfRequestCommand c, CancellationToken ct)
    {
        var partnerId = PartnerOf(c.PartnerId);
        var partner = await db.Partners.AsNoTracking().SingleOrDefaultAsync(p => p.PartnerId == partnerId, ct) ?? throw new NotFoundException("partner", partnerId);
        if (!partner.Active)
            throw new BusinessRuleViolationException(new PartnerMustBeActive(partnerId));
        if (c.CampaignId is { } campaignId)
        {
            var campaign = await db.Campaigns.AsNoTracking().SingleOrDefaultAsync(x => x.CampaignId == campaignId, ct);
            CampaignMembership.EnsureIncludes(campaign, campaignId, partnerId);
        }
        var now = clock.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var (requestRate, budgetRate) = await RatesOfAsync(partnerId, c.Currency, c.PlannedOn!.Value.Year, today, ct);
        var request = MdfRequest.Submit(
            partnerId, c.CampaignId, Validation.ParseEnum<MdfActivityType>(c.ActivityType!), c.Description!,
            Money.Of(c.RequestedAmount!.Value, requestRate.Currency), requestRate, budgetRate, c.PlannedOn!.Value, now);
        db.MdfRequests.Add(request);
        return request.ToResponse();
    }

    public async ValueTask<MdfRequestResponse> Handle(ApproveMdfRequestCommand c, CancellationToken ct)
    {
        var request = await LoadAsync(c.Id, ct);
        var (budget, _) = await new MdfBudgetCalculator(db, rates, clock).LockAsync(request.PartnerId, request.PlannedOn.Year, ct);
        request.Approve(c.ApprovedAmount!.Value, budget, clock.GetUtcNow());
        return request.ToResponse();
    }

    public async ValueTask<MdfRequestResponse> Handle(RejectMdfRequestCommand c, CancellationToken ct)
    {
        var request = await LoadAsync(c.Id, ct);
        request.Reject(c.Reason!, clock.GetUtcNow());
        return request.ToResponse();
    }

    /// <summary>
    /// The rates of the request date for the requested currency (default: the budget's) and the budget's; one currency needs none
    /// (no conversion), two need both (422 naming currency and date when one is missing).
    /// </summary>
    private async Task<(DatedRate Request, DatedRate Budget)> RatesOfAsync(
        Guid partnerId, string? currency, int year, DateOnly today, CancellationToken ct)
    {
        var budget = await new MdfBudgetCalculator(db, rates, clock).BudgetCurrencyAsync(partnerId, year, ct);
        var requested = currency is null ? budget : Currency.Of(currency);
        if (requested == budget)
            return (new DatedRate(budget, 1m, today), new DatedRate(budget, 1m, today));
        return (await rates.RequireAsync(requested, today, ct), await rates.RequireAsync(budget, today, ct));
    }

    private Guid PartnerOf(Guid? requested)
    {
        if (!user.IsPartner)
            return requested ?? throw new InvalidValueException("partnerId", "'partnerId' must not be empty.");
        var own = user.PartnerId ?? throw new ForbiddenException("The token carries no partner_id.");
        if (requested is { } other && other != own)
            throw new ForbiddenException("A partner user submits MDF requests for its own partner only.");
        return own;
    }

    private async Task<MdfRequest> LoadAsync(Guid id, CancellationToken ct)
    {
        var request = await db.MdfRequests.SingleOrDefaultAsync(r => r.Id == id, ct) ?? throw new NotFoundException("MDF request", id);
        preconditions.EnsureVersion(request.Version);
        return request;
    }

    private sealed record PartnerMustBeActive(Guid PartnerId) : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => $"Partner {PartnerId} is not active: it cannot request MDF.";
    }
}
