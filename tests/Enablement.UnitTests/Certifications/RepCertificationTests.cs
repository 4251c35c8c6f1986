using Enablement.Domain.Certifications;
using static Enablement.UnitTests.Training;

namespace Enablement.UnitTests.Certifications;

/// <summary>A rep's certification: valid for the certification's months, renewed from its current expiry, expired once past its date.</summary>
public sealed class RepCertificationTests
{
    private static readonly Guid ContactId = Guid.CreateVersion7();
    private static readonly Guid PartnerId = Guid.CreateVersion7();

    [Fact]
    public void Issuing_makes_it_active_for_the_certifications_validity_months_and_raises_certification_earned()
    {
        var certification = NewCertification(validityMonths: 12);

        var issued = RepCertification.Issue(ContactId, PartnerId, certification, Now);

        issued.ContactId.ShouldBe(ContactId);
        issued.PartnerId.ShouldBe(PartnerId);
        issued.CertificationId.ShouldBe(certification.Id);
        issued.IssuedOn.ShouldBe(new DateOnly(2026, 11, 25));
        issued.ExpiresOn.ShouldBe(new DateOnly(2027, 11, 25));
        issued.Status.ShouldBe(RepCertificationStatus.Active);
        issued.RenewedOn.ShouldBeNull();
        DomainAssert.RaisedOnce<CertificationEarnedEvent>(issued).RepCertification.ShouldBeSameAs(issued);
    }

    [Theory]
    [InlineData(1, "2026-12-25")]
    [InlineData(6, "2027-05-25")]
    [InlineData(60, "2031-11-25")]
    public void The_expiry_is_issue_date_plus_validity_months(int months, string expiresOn) =>
        RepCertification.Issue(ContactId, PartnerId, NewCertification(validityMonths: months), Now).ExpiresOn.ShouldBe(DateOnly.Parse(expiresOn, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void Issued_on_the_31st_a_one_month_certification_ends_on_the_last_day_of_the_next_month()
    {
        var issued = RepCertification.Issue(ContactId, PartnerId, NewCertification(validityMonths: 1), new DateTimeOffset(2027, 1, 31, 12, 0, 0, TimeSpan.Zero));

        issued.ExpiresOn.ShouldBe(new DateOnly(2027, 2, 28));
    }

    [Fact]
    public void It_is_active_through_its_expiry_date_and_not_after()
    {
        var issued = RepCertification.Issue(ContactId, PartnerId, NewCertification(validityMonths: 12), Now);

        issued.IsActiveOn(issued.ExpiresOn).ShouldBeTrue();
        issued.IsActiveOn(issued.ExpiresOn.AddDays(1)).ShouldBeFalse();
    }

    [Fact]
    public void Renewing_extends_from_the_current_expiry_not_from_today()
    {
        var certification = NewCertification(validityMonths: 12);
        var issued = RepCertification.Issue(ContactId, PartnerId, certification, Now);
        issued.ClearDomainEvents();
        var renewalDay = Now.AddMonths(10);

        issued.Renew(certification, renewalDay);

        issued.ExpiresOn.ShouldBe(new DateOnly(2028, 11, 25), "12 months after the current expiry 2027-11-25");
        issued.ExpiresOn.ShouldNotBe(DateOnly.FromDateTime(renewalDay.UtcDateTime).AddMonths(12));
        issued.IssuedOn.ShouldBe(Today);
        issued.RenewedOn.ShouldBe(DateOnly.FromDateTime(renewalDay.UtcDateTime));
        issued.Status.ShouldBe(RepCertificationStatus.Active);
        DomainAssert.RaisedOnce<CertificationEarnedEvent>(issued);
    }

    [Fact]
    public void Renewing_on_the_expiry_date_itself_is_still_a_renewal()
    {
        var certification = NewCertification(validityMonths: 6);
        var issued = RepCertification.Issue(ContactId, PartnerId, certification, Now);
        var lastDay = new DateTimeOffset(issued.ExpiresOn.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero);

        issued.Renew(certification, lastDay);

        issued.ExpiresOn.ShouldBe(new DateOnly(2027, 11, 25));
    }

    [Fact]
    public void An_expired_certification_cannot_be_renewed()
    {
        var certification = NewCertification(validityMonths: 1);
        var issued = RepCertification.Issue(ContactId, PartnerId, certification, Now);
        var dayAfter = new DateTimeOffset(issued.ExpiresOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

        DomainAssert.InvalidTransition(() => issued.Renew(certification, dayAfter));
        issued.ExpireIfDue(issued.ExpiresOn.AddDays(1)).ShouldBeTrue();
        DomainAssert.InvalidTransition(() => issued.Renew(certification, Now));
    }

    [Fact]
    public void On_its_expiry_date_it_is_not_due_yet()
    {
        var issued = RepCertification.Issue(ContactId, PartnerId, NewCertification(validityMonths: 12), Now);
        issued.ClearDomainEvents();

        issued.ExpireIfDue(issued.ExpiresOn).ShouldBeFalse();
        issued.ExpireIfDue(Today).ShouldBeFalse();

        issued.Status.ShouldBe(RepCertificationStatus.Active);
        DomainAssert.NotRaised<CertificationExpiredEvent>(issued);
    }

    [Fact]
    public void The_day_after_its_expiry_it_expires_once()
    {
        var issued = RepCertification.Issue(ContactId, PartnerId, NewCertification(validityMonths: 12), Now);
        issued.ClearDomainEvents();
        var dayAfter = issued.ExpiresOn.AddDays(1);

        issued.ExpireIfDue(dayAfter).ShouldBeTrue();
        issued.ExpireIfDue(dayAfter).ShouldBeFalse();
        issued.ExpireIfDue(dayAfter.AddDays(30)).ShouldBeFalse();

        issued.Status.ShouldBe(RepCertificationStatus.Expired);
        issued.IsActiveOn(Today).ShouldBeFalse("an expired certification is not active even before its date");
        var expired = DomainAssert.RaisedOnce<CertificationExpiredEvent>(issued);
        expired.RepCertification.ShouldBeSameAs(issued);
        expired.OccurredAt.ShouldBe(new DateTimeOffset(dayAfter.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));
    }
}
