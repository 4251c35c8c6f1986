using Enablement.Domain.Roster;

namespace Enablement.UnitTests.Roster;

/// <summary>partner.contact-added / contact-deactivated in any order; reps are the SalesRep and SalesEngineer contacts.</summary>
public sealed class RosterContactTests
{
    private static readonly Guid ContactId = Guid.CreateVersion7();
    private static readonly Guid PartnerId = Guid.CreateVersion7();

    [Theory]
    [InlineData("SalesRep", true)]
    [InlineData("SalesEngineer", true)]
    [InlineData("Executive", false)]
    [InlineData("Marketing", false)]
    [InlineData("Admin", false)]
    [InlineData("salesrep", false)]
    public void Reps_are_the_SalesRep_and_SalesEngineer_contacts(string role, bool isRep)
    {
        var contact = RosterContact.Added(ContactId, PartnerId, "Ada", "Lovelace", role);

        contact.IsRep.ShouldBe(isRep);
        contact.Active.ShouldBeTrue();
    }

    [Fact]
    public void An_added_contact_is_active_with_its_details()
    {
        var contact = RosterContact.Added(ContactId, PartnerId, "Ada", "Lovelace", "SalesRep");

        contact.ContactId.ShouldBe(ContactId);
        contact.PartnerId.ShouldBe(PartnerId);
        contact.FirstName.ShouldBe("Ada");
        contact.LastName.ShouldBe("Lovelace");
        contact.Role.ShouldBe("SalesRep");
        contact.Deactivated.ShouldBeFalse();
    }

    [Fact]
    public void A_deactivated_contact_is_no_longer_active()
    {
        var contact = RosterContact.Added(ContactId, PartnerId, "Ada", "Lovelace", "SalesRep");

        contact.Deactivate();

        contact.Active.ShouldBeFalse();
        contact.Deactivated.ShouldBeTrue();
        contact.IsRep.ShouldBeTrue("still a rep by role, just not an active one");
    }

    [Fact]
    public void A_deactivation_seen_before_the_contact_was_added_is_remembered()
    {
        var contact = RosterContact.DeactivatedUnseen(ContactId, PartnerId);

        contact.Active.ShouldBeFalse();
        contact.Deactivated.ShouldBeTrue();
        contact.IsRep.ShouldBeFalse();
    }

    [Fact]
    public void A_late_added_fills_the_details_but_keeps_the_earlier_deactivation()
    {
        var contact = RosterContact.DeactivatedUnseen(ContactId, PartnerId);

        contact.Fill("Ada", "Lovelace", "SalesEngineer");

        contact.FirstName.ShouldBe("Ada");
        contact.Role.ShouldBe("SalesEngineer");
        contact.Active.ShouldBeFalse();
        contact.Deactivated.ShouldBeTrue();
    }

    [Fact]
    public void A_redelivered_added_after_a_deactivation_does_not_reactivate()
    {
        var contact = RosterContact.Added(ContactId, PartnerId, "Ada", "Lovelace", "SalesRep");
        contact.Deactivate();

        contact.Fill("Ada", "Lovelace", "SalesRep");

        contact.Active.ShouldBeFalse();
    }

    [Fact]
    public void A_redelivered_added_of_an_active_contact_keeps_it_active()
    {
        var contact = RosterContact.Added(ContactId, PartnerId, "Ada", "Lovelace", "SalesRep");

        contact.Fill("Ada", "King", "SalesRep");

        contact.Active.ShouldBeTrue();
        contact.LastName.ShouldBe("King");
    }
}
