using ChannelPlatform.Application.Messaging;
using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Partners;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace DealRegistration.Application.Projections;

/// <summary>A change to the partner projection, as a partner.* event reports it.</summary>
public abstract record PartnerChange(Guid PartnerId, DateTimeOffset At) : ICommand<Unit>, ITransactional;

public sealed record PartnerActivatedChange(Guid PartnerId, string Name, string Region, string Tier, int ProtectionDays, DateTimeOffset At) : PartnerChange(PartnerId, At);

public sealed record PartnerSuspendedChange(Guid PartnerId, DateTimeOffset At) : PartnerChange(PartnerId, At);

public sealed record PartnerReactivatedChange(Guid PartnerId, DateTimeOffset At) : PartnerChange(PartnerId, At);

public sealed record PartnerTerminatedChange(Guid PartnerId, DateTimeOffset At) : PartnerChange(PartnerId, At);

public sealed record PartnerTierChange(Guid PartnerId, string Tier, int ProtectionDays, DateTimeOffset At) : PartnerChange(PartnerId, At);

/// <summary>Order-tolerant and idempotent: the snapshot keeps the newest news per part (see PartnerSnapshot).</summary>
public sealed class ApplyPartnerChangeHandler(IDealsDbContext db) :
    ICommandHandler<PartnerActivatedChange, Unit>,
    ICommandHandler<PartnerSuspendedChange, Unit>,
    ICommandHandler<PartnerReactivatedChange, Unit>,
    ICommandHandler<PartnerTerminatedChange, Unit>,
    ICommandHandler<PartnerTierChange, Unit>
{
    public async ValueTask<Unit> Handle(PartnerActivatedChange c, CancellationToken ct)
    {
        var program = await db.TierProgramOfAsync(c.Tier, c.PartnerId, ct);
        return await Apply(c, p => p.Activated(c.Name, c.Region, c.Tier, c.ProtectionDays, c.At, program), ct);
    }

    public ValueTask<Unit> Handle(PartnerSuspendedChange c, CancellationToken ct) => Apply(c, p => p.Suspended(c.At), ct);

    public ValueTask<Unit> Handle(PartnerReactivatedChange c, CancellationToken ct) => Apply(c, p => p.Reactivated(c.At), ct);

    public ValueTask<Unit> Handle(PartnerTerminatedChange c, CancellationToken ct) => Apply(c, p => p.Terminated(c.At), ct);

    public async ValueTask<Unit> Handle(PartnerTierChange c, CancellationToken ct)
    {
        var program = await db.TierProgramOfAsync(c.Tier, c.PartnerId, ct);
        return await Apply(c, p => p.TierChanged(c.Tier, c.ProtectionDays, c.At, program), ct);
    }

    private async ValueTask<Unit> Apply(PartnerChange change, Action<PartnerSnapshot> apply, CancellationToken ct)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.PartnerId == change.PartnerId, ct);
        if (partner is null)
        {
            partner = PartnerSnapshot.Unknown(change.PartnerId);
            db.Partners.Add(partner);
        }

        apply(partner);
        return Unit.Value;
    }
}

public sealed record ContactAddedChange(Guid PartnerId, Guid ContactId, string Email, string Role) : ICommand<Unit>, ITransactional;

public sealed record ContactDeactivatedChange(Guid PartnerId, Guid ContactId) : ICommand<Unit>, ITransactional;

public sealed class ApplyContactChangeHandler(IDealsDbContext db) : ICommandHandler<ContactAddedChange, Unit>, ICommandHandler<ContactDeactivatedChange, Unit>
{
    public async ValueTask<Unit> Handle(ContactAddedChange c, CancellationToken ct)
    {
        var contact = await db.PartnerContacts.SingleOrDefaultAsync(x => x.ContactId == c.ContactId, ct);
        if (contact is null)
            db.PartnerContacts.Add(PartnerContact.Added(c.ContactId, c.PartnerId, c.Email, c.Role));
        else
            contact.Fill(c.Email, c.Role);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(ContactDeactivatedChange c, CancellationToken ct)
    {
        var contact = await db.PartnerContacts.SingleOrDefaultAsync(x => x.ContactId == c.ContactId, ct);
        if (contact is null)
            db.PartnerContacts.Add(PartnerContact.DeactivatedUnseen(c.ContactId, c.PartnerId));
        else
            contact.Deactivate();
        return Unit.Value;
    }
}
