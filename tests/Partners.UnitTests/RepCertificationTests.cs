using Partners.Domain.Metrics;

namespace Partners.UnitTests;

public sealed class RepCertificationTests
{
    private static readonly DateOnly ExpiresOn = new(2027, 3, 31);

    private static RepCertification Earned(DateOnly expiresOn) =>
        RepCertification.Earned(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), expiresOn);

    [Fact]
    public void An_earned_certification_is_active_up_to_and_including_its_expiry_date()
    {
        var certification = Earned(ExpiresOn);

        certification.Status.ShouldBe(RepCertificationStatus.Active);
        certification.IsActiveOn(new DateOnly(2026, 4, 1)).ShouldBeTrue();
        certification.IsActiveOn(ExpiresOn).ShouldBeTrue();
        certification.IsActiveOn(ExpiresOn.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void An_expired_certification_is_not_active_even_before_its_expiry_date()
    {
        var certification = Earned(ExpiresOn);

        certification.Expire();

        certification.Status.ShouldBe(RepCertificationStatus.Expired);
        certification.IsActiveOn(new DateOnly(2026, 4, 1)).ShouldBeFalse();
    }

    [Fact]
    public void A_renewal_extends_the_expiry_forward()
    {
        var certification = Earned(ExpiresOn);

        certification.Renew(ExpiresOn.AddYears(1));

        certification.ExpiresOn.ShouldBe(ExpiresOn.AddYears(1));
        certification.IsActiveOn(ExpiresOn.AddMonths(6)).ShouldBeTrue();
    }

    [Fact]
    public void A_late_renewal_with_an_earlier_expiry_does_not_shorten_it()
    {
        var certification = Earned(ExpiresOn);

        certification.Renew(ExpiresOn.AddMonths(-6));

        certification.ExpiresOn.ShouldBe(ExpiresOn);
    }

    [Fact]
    public void An_expired_certification_stays_expired_when_a_late_earned_arrives()
    {
        var certification = Earned(ExpiresOn);
        certification.Expire();

        certification.Renew(ExpiresOn.AddYears(1));

        certification.Status.ShouldBe(RepCertificationStatus.Expired);
        certification.ExpiresOn.ShouldBe(ExpiresOn);
        certification.IsActiveOn(new DateOnly(2026, 4, 1)).ShouldBeFalse();
    }

    [Fact]
    public void An_expiry_seen_before_its_earned_event_stays_expired()
    {
        var certification = RepCertification.ExpiredUnseen(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        certification.Renew(ExpiresOn);

        certification.Status.ShouldBe(RepCertificationStatus.Expired);
        certification.ExpiresOn.ShouldBeNull();
        certification.IsActiveOn(new DateOnly(2026, 4, 1)).ShouldBeFalse();
    }
}
