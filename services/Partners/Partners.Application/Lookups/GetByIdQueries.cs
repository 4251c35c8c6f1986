using ChannelPlatform.Application.Exceptions;
using ChannelPlatform.Application.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Application.Agreements;
using Partners.Application.Contacts;
using Partners.Application.Escalations;
using Partners.Application.Qbrs;
using Partners.Application.Satisfaction;

namespace Partners.Application.Lookups;

public sealed record GetContactQuery(Guid PartnerId, Guid ContactId) : IQuery<ContactResponse>;

public sealed record GetAgreementQuery(Guid PartnerId, Guid AgreementId) : IQuery<AgreementResponse>;

public sealed record GetQbrQuery(Guid PartnerId, Guid QbrId) : IQuery<QbrResponse>;

public sealed record GetSatisfactionResponseQuery(Guid PartnerId, Guid ResponseId) : IQuery<SatisfactionResponseDto>;

public sealed record GetEscalationQuery(Guid EscalationId) : IQuery<EscalationResponse>;

/// <summary>The resources that create endpoints answer with a Location for: each can be read back by that URL.</summary>
public sealed class GetByIdHandler(IPartnersDbContext db, ICurrentUser user, TimeProvider clock) :
    IQueryHandler<GetContactQuery, ContactResponse>,
    IQueryHandler<GetAgreementQuery, AgreementResponse>,
    IQueryHandler<GetQbrQuery, QbrResponse>,
    IQueryHandler<GetSatisfactionResponseQuery, SatisfactionResponseDto>,
    IQueryHandler<GetEscalationQuery, EscalationResponse>
{
    public async ValueTask<ContactResponse> Handle(GetContactQuery q, CancellationToken ct)
    {
        user.EnsureCanAccess(q.PartnerId, "Contact", q.ContactId);
        var contact = await db.Contacts.AsNoTracking().SingleOrDefaultAsync(c => c.Id == q.ContactId && c.PartnerId == q.PartnerId, ct)
            ?? throw new NotFoundException("Contact", q.ContactId);
        return contact.ToResponse();
    }

    public async ValueTask<AgreementResponse> Handle(GetAgreementQuery q, CancellationToken ct)
    {
        var partner = await db.GetPartnerAsync(user, q.PartnerId, ct);
        var agreement = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(a => a.Id == q.AgreementId && a.PartnerId == q.PartnerId, ct)
            ?? throw new NotFoundException("Agreement", q.AgreementId);
        return agreement.ToResponse(partner);
    }

    public async ValueTask<QbrResponse> Handle(GetQbrQuery q, CancellationToken ct)
    {
        user.EnsureCanAccess(q.PartnerId, "QBR", q.QbrId);
        var qbr = await db.Qbrs.AsNoTracking().SingleOrDefaultAsync(x => x.Id == q.QbrId && x.PartnerId == q.PartnerId, ct) ?? throw new NotFoundException("QBR", q.QbrId);
        return qbr.ToResponse();
    }

    public async ValueTask<SatisfactionResponseDto> Handle(GetSatisfactionResponseQuery q, CancellationToken ct)
    {
        user.EnsureCanAccess(q.PartnerId, "Satisfaction response", q.ResponseId);
        var response = await db.SatisfactionResponses.AsNoTracking().SingleOrDefaultAsync(r => r.Id == q.ResponseId && r.PartnerId == q.PartnerId, ct)
            ?? throw new NotFoundException("Satisfaction response", q.ResponseId);
        return response.ToResponse();
    }

    public async ValueTask<EscalationResponse> Handle(GetEscalationQuery q, CancellationToken ct)
    {
        var escalation = await db.Escalations.AsNoTracking().SingleOrDefaultAsync(e => e.Id == q.EscalationId, ct) ?? throw new NotFoundException("Escalation", q.EscalationId);
        user.EnsureCanAccess(escalation.PartnerId, "Escalation", q.EscalationId);
        return escalation.ToResponse(clock.GetUtcNow());
    }
}
