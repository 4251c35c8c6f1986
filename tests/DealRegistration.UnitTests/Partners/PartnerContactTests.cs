using DealRegistration.Domain.Partners;

namespace DealRegistration.UnitTests.Partners;

/// <summary>partner.contact-added / partner.contact-deactivated, in any order and more than once.</summary>
public sealed class PartnerContactTests
{
    private static readonly Guid ContactId = Guid.CreateVersion7();
    private static readonly Guid PartnerId = Guid.CreateVersion7();

    [Fact]
    public void An_added_contact_is_active()
    {
        var contact = PartnerContact.Added(ContactId, PartnerId, "jane@acme.example", "SalesRep");

        contact.ContactId.ShouldBe(ContactId);
        contact.PartnerId.ShouldBe(PartnerId);
        contact.Email.ShouldBe("jane@acme.example");
        contact.Role.ShouldBe("SalesRep");
        contact.Active.ShouldBeTrue();
        contact.Deactivated.ShouldBeFalse();
    }

    [Fact]
    public void A_deactivated_contact_is_inactive()
    {
        var contact = PartnerContact.Added(ContactId, PartnerId, "jane@acme.example", "SalesRep");

        contact.Deactivate();

        contact.Active.ShouldBeFalse();
        contact.Deactivated.ShouldBeTrue();
        contact.Email.ShouldBe("jane@acme.example");
    }

    [Fact]
    public void A_deactivation_seen_before_the_contact_was_added_is_remembered_without_details()
    {
        var contact = PartnerContact.DeactivatedUnseen(ContactId, PartnerId);

        contact.Active.ShouldBeFalse();
        contact.Deactivated.ShouldBeTrue();
        contact.Email.ShouldBeNull();
        contact.Role.ShouldBeNull();
    }

    [Fact]
    public void A_late_added_fills_in_the_details_but_does_not_undo_a_deactivation_seen_first()
    {
        var contact = PartnerContact.DeactivatedUnseen(ContactId, PartnerId);

        contact.Fill("jane@acme.example", "SalesRep");

        contact.Email.ShouldBe("jane@acme.example");
        contact.Role.ShouldBe("SalesRep");
        contact.Active.ShouldBeFalse();
        contact.Deactivated.ShouldBeTrue();
    }

    [Fact]
    public void A_redelivered_added_keeps_an_active_contact_active()
    {
        var contact = PartnerContact.Added(ContactId, PartnerId, "jane@acme.example", "SalesRep");

        contact.Fill("jane@acme.example", "SalesRep");

        contact.Active.ShouldBeTrue();
    }

    public static TheoryData<string[]> Deliveries => new()
    {
        new[] { "added", "deactivated" },
        new[] { "deactivated", "added" },
        new[] { "added", "added", "deactivated" },
        new[] { "added", "deactivated", "added" },
        new[] { "deactivated", "added", "added" },
        new[] { "deactivated", "deactivated", "added" },
        new[] { "added", "deactivated", "deactivated", "added" },
    };

    [Theory]
    [MemberData(nameof(Deliveries))]
    public void Whatever_the_order_and_duplicates_a_deactivated_contact_ends_inactive_with_its_details(string[] deliveries)
    {
        PartnerContact? contact = null;
        foreach (var delivery in deliveries)
            contact = Apply(contact, delivery);

        contact!.Active.ShouldBeFalse();
        contact.Deactivated.ShouldBeTrue();
        contact.Email.ShouldBe("jane@acme.example");
        contact.Role.ShouldBe("SalesRep");
    }

    /// <summary>What the projection handler does: create on first news, otherwise update.</summary>
    private static PartnerContact Apply(PartnerContact? contact, string delivery)
    {
        if (delivery == "added")
        {
            if (contact is null)
                return PartnerContact.Added(ContactId, PartnerId, "jane@acme.example", "SalesRep");
            contact.Fill("jane@acme.example", "SalesRep");
            return contact;
        }

        if (contact is null)
            return PartnerContact.DeactivatedUnseen(ContactId, PartnerId);
        contact.Deactivate();
        return contact;
    }
}
