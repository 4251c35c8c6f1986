using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Enablement.IntegrationTests;

/// <summary>partner.* events through the broker in any order and more than once: the roster keeps the newest news, termination is final.</summary>
public sealed class RosterProjectionTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private TrainingApi Api => new(_manager);

    [Fact]
    public async Task A_suspension_arriving_before_the_earlier_activation_leaves_the_reps_unable_to_sit_exams()
    {
        var partner = Guid.CreateVersion7();
        var activatedAt = DateTimeOffset.UtcNow.AddMinutes(-10);
        await _partners.ApplyAsync(PartnerEvents.Suspended(partner, activatedAt.AddMinutes(5)));
        await _partners.ApplyAsync(PartnerEvents.Activated(partner, activatedAt));
        var rep = await _partners.ContactAsync(partner);

        (await Api.AttemptAsync(rep, await Api.CertificationAsync(), 90)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);

        await _partners.ApplyAsync(PartnerEvents.Reactivated(partner, activatedAt.AddMinutes(8)));
        (await Api.AttemptAsync(rep, await Api.CertificationAsync(), 90)).Status.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task Termination_is_final_even_when_a_newer_reactivation_follows()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        await _partners.ApplyAsync(PartnerEvents.Terminated(partner, DateTimeOffset.UtcNow));
        await _partners.ApplyAsync(PartnerEvents.Reactivated(partner, DateTimeOffset.UtcNow.AddMinutes(1)));

        (await Api.AttemptAsync(rep, await Api.CertificationAsync(), 90)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Api.PartnerViewAsync(partner)).Body["activeReps"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task A_deactivation_arriving_before_the_contact_was_added_keeps_the_contact_inactive()
    {
        var partner = await _partners.ActiveAsync();
        var contact = Guid.CreateVersion7();
        await _partners.ApplyAsync(PartnerEvents.ContactDeactivated(partner, contact));
        await _partners.ApplyAsync(PartnerEvents.ContactAdded(partner, contact, at: DateTimeOffset.UtcNow.AddMinutes(-5)));

        (await Api.CompleteAsync(contact, await Api.PublishedCourseAsync())).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Api.PartnerViewAsync(partner)).Body["activeReps"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task A_redelivered_message_is_applied_once()
    {
        var partner = Guid.CreateVersion7();
        var at = DateTimeOffset.UtcNow.AddMinutes(-10);
        var activation = PartnerEvents.Activated(partner, at);
        await _partners.ApplyAsync(activation);
        await _partners.ApplyAsync(PartnerEvents.Suspended(partner, at.AddMinutes(1)));

        // The same message id again, with a newer time that would reactivate the partner if it were applied twice.
        await _partners.PublishAsync(activation with { OccurredAt = at.AddMinutes(2), ActivatedAt = at.AddMinutes(2) }, activation.EventId);
        await _partners.ApplyAsync(PartnerEvents.Activated(Guid.CreateVersion7(), DateTimeOffset.UtcNow));
        var rep = await _partners.ContactAsync(partner);

        (await Api.AttemptAsync(rep, await Api.CertificationAsync(), 90)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await service.Database.ScalarAsync<long>("SELECT count(*) FROM enablement.inbox_messages WHERE message_id = @p0", activation.EventId)).ShouldBe(1);
    }
}
