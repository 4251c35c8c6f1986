using Webhooks.Domain.Deliveries;
using Webhooks.Domain.Endpoints;

namespace Webhooks.UnitTests.Deliveries;

public sealed class DeliveryTests
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly RetrySchedule Schedule = RetrySchedule.Default;
    private static readonly AttemptOutcome Ok = new(200, 42, "ok", null);
    private static readonly AttemptOutcome ServerError = new(500, 12, "boom", null);

    private static Delivery New() =>
        Delivery.Create(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), WebhookEventTypes.DealApproved, "{}", TimeSpan.FromHours(72), Now);

    [Fact]
    public void A_new_delivery_is_due_at_once_with_a_stable_webhook_id()
    {
        var delivery = New();

        delivery.Status.ShouldBe(DeliveryStatus.Pending);
        delivery.NextAttemptAt.ShouldBe(Now);
        delivery.RetryUntil.ShouldBe(Now.AddHours(72));
        delivery.WebhookId.ShouldBe($"msg_{delivery.Id:N}");
    }

    [Fact]
    public void A_2xx_answer_delivers_it()
    {
        var delivery = New();

        delivery.RecordAttempt(Ok, Schedule, 0.5, Now.AddSeconds(1));

        delivery.Status.ShouldBe(DeliveryStatus.Succeeded);
        delivery.DeliveredAt.ShouldBe(Now.AddSeconds(1));
        delivery.NextAttemptAt.ShouldBeNull();
        delivery.Attempts.ShouldHaveSingleItem().LatencyMs.ShouldBe(42);
    }

    [Fact]
    public void A_failure_is_retried_later_and_later()
    {
        var delivery = New();

        delivery.RecordAttempt(ServerError, Schedule, 0.99, Now);
        var first = delivery.NextAttemptAt!.Value - Now;
        delivery.RecordAttempt(ServerError, Schedule, 0.99, Now);
        var second = delivery.NextAttemptAt!.Value - Now;

        delivery.Status.ShouldBe(DeliveryStatus.Pending);
        second.ShouldBeGreaterThan(first);
        delivery.LastStatusCode.ShouldBe(500);
        delivery.LastError.ShouldBe("HTTP 500");
        delivery.Attempts.Select(a => a.Number).ShouldBe([1, 2]);
    }

    [Fact]
    public void Retries_never_go_past_the_window_and_a_failure_at_its_end_fails_the_delivery()
    {
        var delivery = New();
        var late = Now.AddHours(71);

        delivery.RecordAttempt(ServerError, Schedule with { BaseDelay = TimeSpan.FromHours(5) }, 1, late);
        delivery.NextAttemptAt.ShouldBe(Now.AddHours(72));

        delivery.RecordAttempt(new AttemptOutcome(null, 10_000, null, "timed out after 10 s"), Schedule, 0, Now.AddHours(72));

        delivery.Status.ShouldBe(DeliveryStatus.Failed);
        delivery.NextAttemptAt.ShouldBeNull();
        delivery.LastError.ShouldBe("timed out after 10 s");
    }

    [Fact]
    public void A_redelivery_gets_one_more_attempt_with_the_same_webhook_id_logged_as_manual()
    {
        var delivery = New();
        delivery.RecordAttempt(ServerError, Schedule, 0, Now.AddHours(72));
        var webhookId = delivery.WebhookId;

        delivery.Redeliver(Now.AddDays(4));

        delivery.Status.ShouldBe(DeliveryStatus.Pending);
        delivery.NextAttemptAt.ShouldBe(Now.AddDays(4));
        delivery.RecordAttempt(ServerError, Schedule, 0, Now.AddDays(4));
        delivery.Status.ShouldBe(DeliveryStatus.Failed);
        delivery.Attempts[^1].Manual.ShouldBeTrue();
        delivery.WebhookId.ShouldBe(webhookId);
    }

    [Fact]
    public void Only_a_pending_delivery_is_attempted()
    {
        var delivery = New();
        delivery.RecordAttempt(Ok, Schedule, 0, Now);

        DomainAssert.InvalidTransition(() => delivery.RecordAttempt(Ok, Schedule, 0, Now));
    }

    [Fact]
    public void A_response_snippet_is_kept_to_one_kilobyte()
    {
        var delivery = New();

        delivery.RecordAttempt(new AttemptOutcome(200, 1, new string('x', 5000), null), Schedule, 0, Now);

        delivery.Attempts[0].ResponseSnippet!.Length.ShouldBe(DeliveryAttempt.MaxSnippetLength);
    }
}
