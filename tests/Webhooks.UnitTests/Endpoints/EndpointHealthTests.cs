using Webhooks.Domain.Endpoints;
using static Webhooks.UnitTests.Endpoints.Given;

namespace Webhooks.UnitTests.Endpoints;

public sealed class EndpointHealthTests
{
    private static readonly TimeSpan FiveDays = TimeSpan.FromDays(5);

    [Fact]
    public void A_run_of_failures_starts_at_the_first_failure_and_a_success_ends_it()
    {
        var endpoint = Endpoint();

        endpoint.RecordDeliveryFailed("HTTP 500", Now);
        endpoint.RecordDeliveryFailed("timed out after 10 s", Now.AddHours(3));

        endpoint.FailingSince.ShouldBe(Now);
        endpoint.LastError.ShouldBe("timed out after 10 s");

        endpoint.RecordDeliverySucceeded();

        (endpoint.FailingSince, endpoint.LastError).ShouldBe((null, null));
    }

    [Fact]
    public void An_endpoint_failing_for_five_days_is_disabled_once_and_its_owner_is_told()
    {
        var endpoint = Endpoint();
        endpoint.RecordDeliveryFailed("HTTP 503", Now);

        endpoint.DisableIfFailingFor(FiveDays, Now.AddDays(5).AddTicks(-1)).ShouldBeFalse();
        endpoint.DisableIfFailingFor(FiveDays, Now.AddDays(5)).ShouldBeTrue();
        endpoint.DisableIfFailingFor(FiveDays, Now.AddDays(6)).ShouldBeFalse();

        endpoint.Enabled.ShouldBeFalse();
        endpoint.DisabledAt.ShouldBe(Now.AddDays(5));
        endpoint.DisabledReason!.ShouldContain("HTTP 503");
        DomainAssert.RaisedOnce<WebhookEndpointDisabledEvent>(endpoint).OccurredAt.ShouldBe(Now.AddDays(5));
    }

    [Fact]
    public void A_healthy_endpoint_is_never_disabled()
    {
        var endpoint = Endpoint();

        endpoint.DisableIfFailingFor(FiveDays, Now.AddDays(30)).ShouldBeFalse();

        endpoint.Enabled.ShouldBeTrue();
        DomainAssert.NotRaised<WebhookEndpointDisabledEvent>(endpoint);
    }
}
