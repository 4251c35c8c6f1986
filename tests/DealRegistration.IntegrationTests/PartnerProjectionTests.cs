using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>partner.* events through the broker in any order and more than once: the projection keeps the newest news and applies a message once.</summary>
public sealed class PartnerProjectionTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);

    [Fact]
    public async Task A_suspension_that_arrives_before_the_earlier_activation_leaves_the_partner_not_active()
    {
        var partner = Guid.CreateVersion7();
        var activatedAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        var suspended = PartnerEvents.Suspended(partner, activatedAt.AddMinutes(5));
        var activated = PartnerEvents.Activated(partner, activatedAt);

        await _partners.ApplyAsync(suspended);
        await _partners.ApplyAsync(activated);

        (await Register(partner)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_redelivered_message_with_the_same_message_id_changes_nothing()
    {
        var partner = Guid.CreateVersion7();
        var at = DateTimeOffset.UtcNow.AddMinutes(-10);
        var activation = PartnerEvents.Activated(partner, at);
        await _partners.ApplyAsync(activation, activation.EventId);
        await _partners.ApplyAsync(PartnerEvents.Suspended(partner, at.AddMinutes(1)));
        (await Register(partner)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);

        // The same message again, with a newer time that would reactivate the partner if it were applied twice.
        await _partners.PublishAsync(activation with { OccurredAt = at.AddMinutes(2), ActivatedAt = at.AddMinutes(2) }, activation.EventId);
        await _partners.ApplyAsync(PartnerEvents.Activated(Guid.CreateVersion7(), DateTimeOffset.UtcNow));

        (await Register(partner)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM dealreg.inbox_messages WHERE message_id = @p0", activation.EventId)).ShouldBe(1);
    }

    [Fact]
    public async Task A_contact_deactivation_that_arrives_before_the_contact_was_added_keeps_the_contact_inactive()
    {
        var partner = await _partners.ActiveAsync();
        var contact = Guid.CreateVersion7();
        var addedAt = DateTimeOffset.UtcNow.AddMinutes(-5);

        await _partners.ApplyAsync(PartnerEvents.ContactDeactivated(partner, contact, addedAt.AddMinutes(1)));
        await _partners.ApplyAsync(PartnerEvents.ContactAdded(partner, contact, addedAt));

        var answer = await _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner, contactId: contact));
        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
    }

    [Fact]
    public async Task Termination_is_final_even_when_a_later_reactivation_arrives()
    {
        var partner = await _partners.ActiveAsync();
        await _partners.ApplyAsync(PartnerEvents.Terminated(partner, DateTimeOffset.UtcNow.AddSeconds(1)));
        await _partners.ApplyAsync(PartnerEvents.Reactivated(partner, DateTimeOffset.UtcNow.AddSeconds(2)));

        (await Register(partner)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task An_older_tier_change_arriving_late_does_not_undo_a_newer_one()
    {
        var partner = await _partners.ActiveAsync();
        var now = DateTimeOffset.UtcNow;
        await _partners.ApplyAsync(PartnerEvents.TierChanged(partner, "Gold", "Platinum", 120, now.AddSeconds(2)));
        await _partners.ApplyAsync(PartnerEvents.TierChanged(partner, "Registered", "Gold", 90, now.AddSeconds(1)));
        var deal = (await Register(partner)).Id;

        var approved = await _manager.PostJson($"/api/v1/deals/{deal}/approve", new { });

        DealApi.Utc(approved.Body, "protectionExpiresAt").ShouldBe(service.Now.AddDays(120), TimeSpan.FromMilliseconds(1));
    }

    private Task<Answer> Register(Guid partner) => _manager.PostJson("/api/v1/deals", DealApi.NewDeal(partner));
}
