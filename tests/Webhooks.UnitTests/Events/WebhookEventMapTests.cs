using System.Text.Json.Nodes;
using ChannelPlatform.Contracts;
using ChannelPlatform.Contracts.DealRegistration;
using ChannelPlatform.Contracts.Enablement;
using ChannelPlatform.Contracts.Revenue;
using ChannelPlatform.Infrastructure.Messaging;
using Webhooks.Application.Events;
using Webhooks.Domain.Endpoints;
using Webhooks.Infrastructure.Messaging;

namespace Webhooks.UnitTests.Events;

public sealed class WebhookEventMapTests
{
    private static readonly DateTimeOffset At = new(2026, 6, 1, 9, 30, 0, TimeSpan.Zero);
    private static readonly Guid Partner = Guid.CreateVersion7();

    [Fact]
    public void Deal_approved_becomes_a_deal_approved_body_with_the_events_public_fields()
    {
        var dealId = Guid.CreateVersion7();
        var e = new DealApproved(Guid.CreateVersion7(), At, dealId, Partner, 80_000m, "USD", new DateOnly(2027, 3, 31), At.AddDays(60), 6.5, null);

        var mapped = WebhookEventMap.From(e);
        var body = JsonNode.Parse(mapped.ToPayload())!;

        mapped.Type.ShouldBe(WebhookEventTypes.DealApproved);
        mapped.PartnerId.ShouldBe(Partner);
        mapped.SourceEventId.ShouldBe(e.EventId);
        body["type"]!.GetValue<string>().ShouldBe("deal.approved");
        body["timestamp"]!.GetValue<string>().ShouldBe("2026-06-01T09:30:00.000Z");
        body["data"]!["dealId"]!.GetValue<string>().ShouldBe(dealId.ToString());
        body["data"]!["partnerId"]!.GetValue<string>().ShouldBe(Partner.ToString());
        body["data"]!["estimatedValue"]!.GetValue<decimal>().ShouldBe(80_000m);
        body["data"]!["expectedCloseDate"]!.GetValue<string>().ShouldBe("2027-03-31");
    }

    [Fact]
    public void A_certification_goes_to_the_reps_partner()
    {
        var e = new CertificationEarned(Guid.CreateVersion7(), At, Guid.CreateVersion7(), Guid.CreateVersion7(), Partner, Guid.CreateVersion7(), new DateOnly(2026, 6, 1), new DateOnly(2028, 6, 1));

        var mapped = WebhookEventMap.From(e);

        (mapped.Type, mapped.PartnerId).ShouldBe((WebhookEventTypes.CertificationEarned, Partner));
    }

    [Fact]
    public void Mdf_decisions_say_which_decision_it_was()
    {
        var requestId = Guid.CreateVersion7();
        var approved = WebhookEventMap.From(new MdfRequestApproved(Guid.CreateVersion7(), At, requestId, Partner, null, 4_000m, "USD"));
        var rejected = WebhookEventMap.From(new MdfRequestRejected(Guid.CreateVersion7(), At, requestId, Partner, null, 5_000m, "USD", "Off plan"));
        var shortPaid = WebhookEventMap.From(new MdfClaimApproved(Guid.CreateVersion7(), At, Guid.CreateVersion7(), requestId, Partner, 4_000m, 3_000m, "USD", "Receipts"));

        approved.Type.ShouldBe(WebhookEventTypes.MdfRequestDecided);
        approved.Data["decision"]!.GetValue<string>().ShouldBe("Approved");
        rejected.Data["decision"]!.GetValue<string>().ShouldBe("Rejected");
        rejected.Data["reason"]!.GetValue<string>().ShouldBe("Off plan");
        shortPaid.Type.ShouldBe(WebhookEventTypes.MdfClaimDecided);
        shortPaid.Data["decision"]!.GetValue<string>().ShouldBe("ShortPaid");
    }

    [Fact]
    public void Every_deliverable_source_event_has_a_consumer_queue_and_maps_to_a_contract_type()
    {
        var consumed = WebhookSourceConsumers.All.Select(ConsumerEndpoints.MessageTypeOf).ToList();

        consumed.ShouldBe(IntegrationEventCatalog.WebhookSources, ignoreOrder: true);
        IntegrationEventCatalog.Consumers.Where(b => b.Service == "webhooks").Select(b => b.Exchange)
            .ShouldBe(IntegrationEventCatalog.WebhookSources.Select(IntegrationEventCatalog.ExchangeOf), ignoreOrder: true);
        WebhookSourceConsumers.All.Select(c => ConsumerEndpoints.QueueFor("webhooks", c)).ShouldContain("webhooks.deal-approved");
    }

    [Fact]
    public void Every_webhook_type_of_the_contract_is_produced_by_some_source_event()
    {
        var produced = IntegrationEventCatalog.WebhookSources.Select(t => WebhookEventMap.From(Sample(t)).Type).Distinct();

        produced.ShouldBe(WebhookEventTypes.All, ignoreOrder: true);
    }

    [Fact]
    public void An_event_that_is_not_deliverable_is_refused()
    {
        Should.Throw<ArgumentException>(() => WebhookEventMap.From(new CourseCompleted(Guid.CreateVersion7(), At, Guid.CreateVersion7(), Partner, Guid.CreateVersion7(), new DateOnly(2026, 6, 1))));
    }

    /// <summary>An instance with default field values (a partner id set): enough to see which type it maps to.</summary>
    private static IIntegrationEvent Sample(Type type)
    {
        var constructor = type.GetConstructors().Single();
        var args = constructor.GetParameters().Select(p => p.Name == "PartnerId" ? Partner : Default(p.ParameterType)).ToArray();
        return (IIntegrationEvent)constructor.Invoke(args);
    }

    private static object? Default(Type type) =>
        type == typeof(string) ? "x" : type.IsValueType ? Activator.CreateInstance(type) : type == typeof(IReadOnlyList<string>) ? Array.Empty<string>() : null;
}
