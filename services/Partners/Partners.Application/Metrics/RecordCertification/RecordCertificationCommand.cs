using ChannelPlatform.Application.Messaging;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Partners.Application.Abstractions;
using Partners.Domain.Metrics;

namespace Partners.Application.Metrics.RecordCertification;

/// <summary>A rep certification earned (with its expiry) or expired, as Enablement reports it; order-tolerant.</summary>
public sealed record RecordCertificationCommand(Guid RepCertificationId, Guid PartnerId, Guid ContactId, Guid CertificationId, DateOnly? ExpiresOn, bool Expired)
    : ICommand<Unit>, ITransactional;

public sealed class RecordCertificationHandler(IPartnersDbContext db, TimeProvider clock) : ICommandHandler<RecordCertificationCommand, Unit>
{
    public async ValueTask<Unit> Handle(RecordCertificationCommand c, CancellationToken cancellationToken)
    {
        var known = await db.RepCertifications.SingleOrDefaultAsync(r => r.Id == c.RepCertificationId, cancellationToken);
        if (known is null)
        {
            known = c.Expired
                ? RepCertification.ExpiredUnseen(c.RepCertificationId, c.PartnerId, c.ContactId, c.CertificationId)
                : RepCertification.Earned(c.RepCertificationId, c.PartnerId, c.ContactId, c.CertificationId, c.ExpiresOn!.Value);
            db.RepCertifications.Add(known);
        }
        else if (c.Expired)
        {
            known.Expire();
        }
        else
        {
            known.Renew(c.ExpiresOn!.Value);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (!c.Expired)
            await db.PromoteIfQualifiedAsync(c.PartnerId, clock, cancellationToken);
        return Unit.Value;
    }
}
