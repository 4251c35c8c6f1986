namespace Partners.Domain.Metrics;

public enum RepCertificationStatus
{
    Active,
    Expired,
}

/// <summary>
/// A rep's certification as Enablement reports it. Events may arrive in any order: once expired,
/// an earlier "earned" for the same certification does not bring it back.
/// </summary>
public sealed class RepCertification
{
    private RepCertification()
    {
    }

    public Guid Id { get; private set; }

    public Guid PartnerId { get; private set; }

    public Guid ContactId { get; private set; }

    public Guid CertificationId { get; private set; }

    public DateOnly? ExpiresOn { get; private set; }

    public RepCertificationStatus Status { get; private set; }

    public static RepCertification Earned(Guid id, Guid partnerId, Guid contactId, Guid certificationId, DateOnly expiresOn) =>
        new() { Id = id, PartnerId = partnerId, ContactId = contactId, CertificationId = certificationId, ExpiresOn = expiresOn, Status = RepCertificationStatus.Active };

    public static RepCertification ExpiredUnseen(Guid id, Guid partnerId, Guid contactId, Guid certificationId) =>
        new() { Id = id, PartnerId = partnerId, ContactId = contactId, CertificationId = certificationId, Status = RepCertificationStatus.Expired };

    /// <summary>A renewal extends the expiry; an expired certification stays expired.</summary>
    public void Renew(DateOnly expiresOn)
    {
        if (Status == RepCertificationStatus.Active && (ExpiresOn is null || expiresOn > ExpiresOn))
            ExpiresOn = expiresOn;
    }

    public void Expire() => Status = RepCertificationStatus.Expired;

    public bool IsActiveOn(DateOnly today) => Status == RepCertificationStatus.Active && (ExpiresOn is null || ExpiresOn >= today);
}
