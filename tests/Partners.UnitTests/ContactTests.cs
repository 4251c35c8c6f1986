using ChannelPlatform.SharedKernel;
using Partners.Domain.Model;

namespace Partners.UnitTests;

public sealed class ContactTests
{
    private static readonly DateTimeOffset Now = PartnerBuilder.Now;

    [Fact]
    public void An_added_contact_is_active_with_its_email_normalised()
    {
        var partner = PartnerBuilder.Active();

        var contact = partner.AddContact(" Ann ", " Lee ", "  Ann.Lee@Acme.COM ", ContactRole.SalesEngineer, Now);

        contact.Id.ShouldNotBe(Guid.Empty);
        contact.PartnerId.ShouldBe(partner.Id);
        contact.FirstName.ShouldBe("Ann");
        contact.LastName.ShouldBe("Lee");
        contact.Email.ShouldBe("ann.lee@acme.com");
        contact.Role.ShouldBe(ContactRole.SalesEngineer);
        contact.Status.ShouldBe(ContactStatus.Active);
        contact.CreatedAt.ShouldBe(Now);
        contact.DeactivatedAt.ShouldBeNull();
        partner.Contacts.ShouldHaveSingleItem().ShouldBe(contact);
        DomainAssert.RaisedOnce<ContactAdded>(partner).Contact.ShouldBe(contact);
    }

    [Fact]
    public void A_second_contact_with_the_same_email_in_another_case_is_a_conflict()
    {
        var partner = PartnerBuilder.Active();
        partner.AddContact("Ann", "Lee", "ann.lee@acme.com", ContactRole.SalesRep, Now);
        var version = partner.Version;

        var exception = DomainAssert.BrokenRule(
            () => partner.AddContact("Annie", "Lee", " ANN.LEE@acme.com ", ContactRole.Executive, Now),
            RuleKind.Conflict);

        exception.Message.ShouldContain("ann.lee@acme.com");
        partner.Contacts.Count.ShouldBe(1);
        partner.Version.ShouldBe(version);
    }

    [Fact]
    public void The_same_email_may_be_a_contact_of_two_different_partners()
    {
        var first = PartnerBuilder.Active();
        var second = PartnerBuilder.Active();
        first.AddContact("Ann", "Lee", "ann@consultants.com", ContactRole.SalesRep, Now);

        Should.NotThrow(() => second.AddContact("Ann", "Lee", "ann@consultants.com", ContactRole.SalesRep, Now));
    }

    [Theory]
    [InlineData(PartnerStatus.Prospect)]
    [InlineData(PartnerStatus.Onboarding)]
    [InlineData(PartnerStatus.Suspended)]
    public void Contacts_can_be_added_in_any_status_but_terminated(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);

        partner.AddContact("Ann", "Lee", "ann@acme.com", ContactRole.Admin, Now);

        partner.Contacts.Count.ShouldBe(1);
    }

    [Fact]
    public void A_terminated_partner_cannot_add_contacts()
    {
        var partner = PartnerBuilder.Terminated();

        Should.Throw<InvalidTransitionException>(() => partner.AddContact("Ann", "Lee", "ann@acme.com", ContactRole.SalesRep, Now));

        partner.Contacts.ShouldBeEmpty();
    }

    [Fact]
    public void A_deactivated_contact_is_inactive_from_that_moment()
    {
        var partner = PartnerBuilder.Active();
        var contact = partner.AddContact("Ann", "Lee", "ann@acme.com", ContactRole.SalesRep, Now);
        partner.ClearDomainEvents();

        var deactivated = partner.DeactivateContact(contact.Id, Now.AddDays(1));

        deactivated.ShouldBe(contact);
        contact.Status.ShouldBe(ContactStatus.Inactive);
        contact.DeactivatedAt.ShouldBe(Now.AddDays(1));
        DomainAssert.RaisedOnce<ContactDeactivated>(partner).Contact.ShouldBe(contact);
    }

    [Fact]
    public void Deactivating_a_contact_twice_fails_and_raises_nothing()
    {
        var partner = PartnerBuilder.Active();
        var contact = partner.AddContact("Ann", "Lee", "ann@acme.com", ContactRole.SalesRep, Now);
        partner.DeactivateContact(contact.Id, Now);
        partner.ClearDomainEvents();
        var version = partner.Version;

        Should.Throw<InvalidTransitionException>(() => partner.DeactivateContact(contact.Id, Now.AddDays(1)));

        contact.DeactivatedAt.ShouldBe(Now);
        partner.DomainEvents.ShouldBeEmpty();
        partner.Version.ShouldBe(version);
    }

    [Fact]
    public void Deactivating_a_contact_the_partner_does_not_have_is_not_found()
    {
        var partner = PartnerBuilder.Active();

        Should.Throw<KeyNotFoundException>(() => partner.DeactivateContact(Guid.NewGuid(), Now));
    }
}
