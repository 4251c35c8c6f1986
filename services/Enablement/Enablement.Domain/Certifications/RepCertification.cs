using ChannelPlatform.SharedKernel;

namespace Enablement.Domain.Certifications;

public enum RepCertificationStatus
{
    Active,
    Expired,
}

public sealed record CertificationEarnedEvent(RepCertification RepCertification, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CertificationExpiredEvent(RepCertification RepCertification, DateTimeOffset OccurredAt) : IDomainEvent;

/// <summary>
/// A rep's certification: valid for the certification's months from issue; passing again while
/// active extends it from the current expiry; past its expiry it expires (once).
/// </summary>
public sealed class RepCertification : AggregateRoot
{
    private RepCertification()
    {
    }

    public Guid ContactId { get; private set; }

    public Guid PartnerId { get; private set; }

    public Guid CertificationId { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public DateOnly ExpiresOn { get; private set; }

    public RepCertificationStatus Status { get; private set; }

    public DateOnly? RenewedOn { get; private set; }

    public static RepCertification Issue(Guid contactId, Guid partnerId, Certification certification, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certification);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var issued = new RepCertification
        {
            Id = Guid.CreateVersion7(),
            ContactId = contactId,
            PartnerId = partnerId,
            CertificationId = certification.Id,
            IssuedOn = today,
            ExpiresOn = today.AddMonths(certification.ValidityMonths),
            Status = RepCertificationStatus.Active,
        };
        issued.Raise(new CertificationEarnedEvent(issued, now));
        return issued;
    }

    public bool IsActiveOn(DateOnly today) => Status == RepCertificationStatus.Active && ExpiresOn >= today;

    /// <summary>Renewal: a new pass while active extends from the current expiry, not from today.</summary>
    public void Renew(Certification certification, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(certification);
        if (!IsActiveOn(DateOnly.FromDateTime(now.UtcDateTime)))
            throw new InvalidTransitionException("Only an active certification can be renewed; a new pass after expiry issues a new one.");
        ExpiresOn = ExpiresOn.AddMonths(certification.ValidityMonths);
        RenewedOn = DateOnly.FromDateTime(now.UtcDateTime);
        Raise(new CertificationEarnedEvent(this, now));
    }

    /// <summary>Past its expiry date: expired, once.</summary>
    public bool ExpireIfDue(DateOnly today)
    {
        if (Status != RepCertificationStatus.Active || ExpiresOn >= today)
            return false;
        Status = RepCertificationStatus.Expired;
        Raise(new CertificationExpiredEvent(this, new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)));
        return true;
    }
}
