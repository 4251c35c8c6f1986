using ChannelPlatform.Application;
using ChannelPlatform.Application.Pagination;
using ChannelPlatform.Application.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Escalations;

namespace Partners.Application.Escalations.ListEscalations;

public sealed record ListEscalationsQuery(string? Status, bool? Breached, string? Severity, Guid? PartnerId, PageRequest Page) : IQuery<Page<EscalationResponse>>;

public sealed class ListEscalationsValidator : AbstractValidator<ListEscalationsQuery>
{
    public ListEscalationsValidator()
    {
        RuleFor(q => q.Status).IsEnumName<ListEscalationsQuery, EscalationStatus>().When(q => q.Status is not null);
        RuleFor(q => q.Severity).IsEnumName<ListEscalationsQuery, EscalationSeverity>().When(q => q.Severity is not null);
    }
}

/// <summary>Breached = not resolved by its due time (open and past due, or resolved late).</summary>
public sealed class ListEscalationsHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock)
    : IQueryHandler<ListEscalationsQuery, Page<EscalationResponse>>
{
    public async ValueTask<Page<EscalationResponse>> Handle(ListEscalationsQuery query, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var escalations = db.Escalations.AsNoTracking();
        if (user.ScopedPartnerId(query.PartnerId) is { } partnerId)
            escalations = escalations.Where(e => e.PartnerId == partnerId);
        if (query.Status is not null)
            escalations = escalations.Where(e => e.Status == Validation.ParseEnum<EscalationStatus>(query.Status));
        if (query.Severity is not null)
            escalations = escalations.Where(e => e.Severity == Validation.ParseEnum<EscalationSeverity>(query.Severity));
        if (query.Breached is true)
            escalations = escalations.Where(e => (e.ResolvedAt ?? now) > e.ResponseDueAt);
        else if (query.Breached is false)
            escalations = escalations.Where(e => (e.ResolvedAt ?? now) <= e.ResponseDueAt);
        if (query.Page.After is { } after)
            escalations = escalations.Where(e => e.Id > after);
        var rows = await escalations.OrderBy(e => e.Id).Take(query.Page.Limit + 1).ToListAsync(cancellationToken);
        return KeysetCursor.ToPage(rows.Select(e => e.ToResponse(now)).ToList(), query.Page.Limit, e => e.Id);
    }
}
