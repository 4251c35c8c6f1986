using ChannelPlatform.Application.Messaging;
using Enablement.Application.Abstractions;
using Enablement.Domain.Roster;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Enablement.Application.Projections;

/// <summary>A change to the rep roster, as a partner.* event reports it (idempotent, order-tolerant).</summary>
public abstract record RosterPartnerChange(Guid PartnerId, DateTimeOffset At) : ICommand<Unit>, ITransactional;

public sealed record RosterPartnerActivated(Guid PartnerId, string Name, PartnerTier Tier, DateTimeOffset At) : RosterPartnerChange(PartnerId, At);

public sealed record RosterPartnerSuspended(Guid PartnerId, DateTimeOffset At) : RosterPartnerChange(PartnerId, At);

public sealed record RosterPartnerReactivated(Guid PartnerId, DateTimeOffset At) : RosterPartnerChange(PartnerId, At);

public sealed record RosterPartnerTerminated(Guid PartnerId, DateTimeOffset At) : RosterPartnerChange(PartnerId, At);

public sealed record RosterPartnerTierChanged(Guid PartnerId, PartnerTier Tier, DateTimeOffset At) : RosterPartnerChange(PartnerId, At);

public sealed record RosterContactAdded(Guid PartnerId, Guid ContactId, string FirstName, string LastName, string Role) : ICommand<Unit>, ITransactional;

public sealed record RosterContactDeactivated(Guid PartnerId, Guid ContactId) : ICommand<Unit>, ITransactional;

public sealed class RosterChangeHandler(IEnablementDbContext db) :
    ICommandHandler<RosterPartnerActivated, Unit>,
    ICommandHandler<RosterPartnerSuspended, Unit>,
    ICommandHandler<RosterPartnerReactivated, Unit>,
    ICommandHandler<RosterPartnerTerminated, Unit>,
    ICommandHandler<RosterPartnerTierChanged, Unit>,
    ICommandHandler<RosterContactAdded, Unit>,
    ICommandHandler<RosterContactDeactivated, Unit>
{
    public ValueTask<Unit> Handle(RosterPartnerActivated c, CancellationToken ct) => Apply(c, p => p.Activated(c.Name, c.Tier, c.At), ct);

    public ValueTask<Unit> Handle(RosterPartnerSuspended c, CancellationToken ct) => Apply(c, p => p.Suspended(c.At), ct);

    public ValueTask<Unit> Handle(RosterPartnerReactivated c, CancellationToken ct) => Apply(c, p => p.Reactivated(c.At), ct);

    public ValueTask<Unit> Handle(RosterPartnerTerminated c, CancellationToken ct) => Apply(c, p => p.Terminate(c.At), ct);

    public ValueTask<Unit> Handle(RosterPartnerTierChanged c, CancellationToken ct) => Apply(c, p => p.TierChanged(c.Tier, c.At), ct);

    public async ValueTask<Unit> Handle(RosterContactAdded c, CancellationToken ct)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(x => x.ContactId == c.ContactId, ct);
        if (contact is null)
            db.Contacts.Add(RosterContact.Added(c.ContactId, c.PartnerId, c.FirstName, c.LastName, c.Role));
        else
            contact.Fill(c.FirstName, c.LastName, c.Role);
        return Unit.Value;
    }

    public async ValueTask<Unit> Handle(RosterContactDeactivated c, CancellationToken ct)
    {
        var contact = await db.Contacts.SingleOrDefaultAsync(x => x.ContactId == c.ContactId, ct);
        if (contact is null)
            db.Contacts.Add(RosterContact.DeactivatedUnseen(c.ContactId, c.PartnerId));
        else
            contact.Deactivate();
        return Unit.Value;
    }

    private async ValueTask<Unit> Apply(RosterPartnerChange change, Action<RosterPartner> apply, CancellationToken ct)
    {
        var partner = await db.Partners.SingleOrDefaultAsync(p => p.PartnerId == change.PartnerId, ct);
        if (partner is null)
        {
            partner = RosterPartner.Unknown(change.PartnerId);
            db.Partners.Add(partner);
        }

        apply(partner);
        return Unit.Value;
    }
}
