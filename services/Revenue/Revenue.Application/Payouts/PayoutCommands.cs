using ChannelPlatform.Application;
using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Application.Security;
using ChannelPlatform.SharedKernel;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Revenue.Application.Abstractions;
using Revenue.Domain.Payouts;

namespace Revenue.Application.Payouts;

/// <param name="Currency">Only needed when the partner has unpaid lines in more than one payout currency (it changed agreements).</param>
public sealed record CreatePayoutCommand(Guid? PartnerId, string? Quarter, string? Currency = null) : ICommand<PayoutResponse>, ITransactional;

public sealed record ApprovePayoutCommand(Guid Id) : ICommand<PayoutResponse>, ITransactional;

public sealed record MarkPayoutPaidCommand(Guid Id, DateOnly? PaidOn, string? Reference) : ICommand<PayoutResponse>, ITransactional;

public sealed record CancelPayoutCommand(Guid Id) : ICommand<PayoutResponse>, ITransactional;

public sealed class CreatePayoutValidator : AbstractValidator<CreatePayoutCommand>
{
    public CreatePayoutValidator()
    {
        RuleFor(c => c.PartnerId).NotNull().NotEqual(Guid.Empty);
        RuleFor(c => c.Quarter).IsQuarter();
        RuleFor(c => c.Currency).IsCurrencyCode().When(c => c.Currency is not null);
    }
}

public sealed class MarkPayoutPaidValidator : AbstractValidator<MarkPayoutPaidCommand>
{
    public MarkPayoutPaidValidator()
    {
        RuleFor(c => c.PaidOn).NotNull().InclusiveBetween(Dates.Earliest, Dates.Latest);
        RuleFor(c => c.Reference).NotEmpty().MaximumLength(200);
    }
}

/// <summary>
/// A payout statement gathers, under the partner lock, every compensation line earned up to the quarter's
/// end that is in no payout yet, in one payout currency; a line joins one payout only (its payout id is set once,
/// and the partner lock makes two statements for the same partner wait for each other).
/// </summary>
public sealed class PayoutCommandHandler(IRevenueDbContext db, IRequestPreconditions preconditions, IOptions<PlatformOptions> platform, TimeProvider clock) :
    ICommandHandler<CreatePayoutCommand, PayoutResponse>,
    ICommandHandler<ApprovePayoutCommand, PayoutResponse>,
    ICommandHandler<MarkPayoutPaidCommand, PayoutResponse>,
    ICommandHandler<CancelPayoutCommand, PayoutResponse>
{
    public async ValueTask<PayoutResponse> Handle(CreatePayoutCommand c, CancellationToken ct)
    {
        var partnerId = c.PartnerId!.Value;
        Quarter.TryParse(c.Quarter, out var quarter);
        await db.LockPartnerAsync(partnerId, ct);
        if (!await db.Partners.AnyAsync(p => p.PartnerId == partnerId, ct))
            throw new NotFoundException("partner", partnerId);
        var label = quarter.ToString();
        if (quarter.Start > DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            throw new BusinessRuleViolationException(new QuarterMustHaveStarted(label));
        var end = quarter.EndExclusive;
        var lines = await db.CompensationLines.Where(l => l.PartnerId == partnerId && l.PayoutId == null && l.EarnedOn < end).OrderBy(l => l.Id).ToListAsync(ct);
        var currency = PayoutCurrencyOf(lines, c.Currency) ?? platform.Value.Reporting.Code;
        lines = lines.Where(l => l.Currency == currency).ToList();
        var open = db.Payouts.Where(p => p.PartnerId == partnerId && p.Quarter == label && p.Status != PayoutStatus.Cancelled);
        if (await open.AnyAsync(p => p.Currency == currency, ct))
            throw new ConflictException($"Partner {partnerId} already has a {currency} payout for {label}.");
        var payout = Payout.Build(partnerId, label, quarter.Start, Currency.Of(currency), lines, clock.GetUtcNow());
        db.Payouts.Add(payout);
        return payout.ToResponse(lines);
    }

    public async ValueTask<PayoutResponse> Handle(ApprovePayoutCommand c, CancellationToken ct)
    {
        var (payout, lines) = await LoadLockedAsync(c.Id, ct);
        payout.Approve(lines, clock.GetUtcNow());
        return payout.ToResponse(lines);
    }

    public async ValueTask<PayoutResponse> Handle(MarkPayoutPaidCommand c, CancellationToken ct)
    {
        var (payout, lines) = await LoadLockedAsync(c.Id, ct);
        payout.MarkPaid(lines, c.PaidOn!.Value, c.Reference!, clock.GetUtcNow());
        return payout.ToResponse(lines);
    }

    public async ValueTask<PayoutResponse> Handle(CancelPayoutCommand c, CancellationToken ct)
    {
        var (payout, lines) = await LoadLockedAsync(c.Id, ct);
        payout.Cancel(lines);
        return payout.ToResponse([]);
    }

    /// <summary>The statement's currency: the one asked for, else the one the unpaid lines are in (422 when they are in several).</summary>
    private static string? PayoutCurrencyOf(IReadOnlyList<Domain.Bookings.CompensationLine> lines, string? requested)
    {
        if (requested is not null)
            return Currency.Of(requested).Code;
        var currencies = lines.Select(l => l.Currency).Distinct().Order().ToList();
        if (currencies.Count > 1)
            throw new BusinessRuleViolationException(new OneCurrencyPerStatement(currencies));
        return currencies.SingleOrDefault();
    }

    private sealed record OneCurrencyPerStatement(IReadOnlyList<string> Currencies) : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message =>
            $"The partner is owed in {string.Join(" and ", Currencies)}: a statement is in one payout currency, so name it in 'currency'.";
    }

    private sealed record QuarterMustHaveStarted(string Quarter) : IBusinessRule
    {
        public bool IsBroken() => true;

        public string Message => $"{Quarter} has not started: a payout statement covers a current or past quarter.";
    }

    private async Task<(Payout Payout, List<Domain.Bookings.CompensationLine> Lines)> LoadLockedAsync(Guid id, CancellationToken ct)
    {
        var partnerId = await db.Payouts.Where(p => p.Id == id).Select(p => (Guid?)p.PartnerId).SingleOrDefaultAsync(ct) ?? throw new NotFoundException("payout", id);
        await db.LockPartnerAsync(partnerId, ct);
        var payout = await db.Payouts.SingleAsync(p => p.Id == id, ct);
        preconditions.EnsureVersion(payout.Version);
        var lines = await db.CompensationLines.Where(l => l.PayoutId == id).ToListAsync(ct);
        return (payout, lines);
    }
}
