using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>Co-sell requests on a deal: requested (by the partner) → assigned to a sales engineer → completed.</summary>
public sealed class CoSellApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);

    [Fact]
    public async Task A_partner_requests_co_sell_help_which_is_assigned_then_completed_and_the_request_is_published()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "dealreg.cosell-requested");
        var partner = await _partners.ActiveAsync();
        var partnerUser = service.ClientNamed("Pat Partner", Roles.Partner, partner);
        var deal = await new DealApi(partnerUser, service).RegisterAsync(null);

        var requested = await partnerUser.PostJson($"/api/v1/deals/{deal}/cosell-requests", new { type = "technicalValidation", notes = "Needs a security review" });

        requested.Status.ShouldBe(HttpStatusCode.Created, requested.ToString());
        requested.Location.ShouldBe($"/api/v1/deals/{deal}/cosell-requests/{requested.Id}");
        requested.Str("type").ShouldBe("TechnicalValidation");
        requested.Str("status").ShouldBe("Requested");
        requested.Str("requestedBy").ShouldBe("Pat Partner");
        var published = await consumer.WaitForAsync("dealreg.cosell-requested", m => m["requestId"]?.GetValue<string>() == requested.Id.ToString());
        published["dealId"]!.GetValue<string>().ShouldBe(deal.ToString());
        published["partnerId"]!.GetValue<string>().ShouldBe(partner.ToString());
        published["type"]!.GetValue<string>().ShouldBe("TechnicalValidation");

        var assigned = await _manager.PostJson($"/api/v1/deals/{deal}/cosell-requests/{requested.Id}/assign", new { salesEngineer = "Sam Engineer" });
        assigned.Status.ShouldBe(HttpStatusCode.OK, assigned.ToString());
        assigned.Str("status").ShouldBe("Assigned");
        assigned.Str("salesEngineer").ShouldBe("Sam Engineer");
        var completed = await _manager.PostJson($"/api/v1/deals/{deal}/cosell-requests/{requested.Id}/complete", new { outcome = "Validated the architecture" });
        completed.Status.ShouldBe(HttpStatusCode.OK, completed.ToString());
        completed.Str("status").ShouldBe("Completed");
        completed.Str("outcome").ShouldBe("Validated the architecture");

        var onDeal = (await partnerUser.GetJson($"/api/v1/deals/{deal}")).Body["coSellRequests"]!.AsArray().Single()!;
        onDeal["status"]!.GetValue<string>().ShouldBe("Completed");
    }

    [Fact]
    public async Task Completing_a_request_before_it_is_assigned_is_a_409()
    {
        var deal = await new DealApi(_manager, service).RegisterAsync(await _partners.ActiveAsync());
        var requested = await _manager.PostJson($"/api/v1/deals/{deal}/cosell-requests", new { type = "Demo" });

        var completed = await _manager.PostJson($"/api/v1/deals/{deal}/cosell-requests/{requested.Id}/complete", new { outcome = "Too early" });

        completed.Status.ShouldBe(HttpStatusCode.Conflict, completed.ToString());
    }

    [Fact]
    public async Task An_unknown_request_or_deal_is_a_404()
    {
        var deal = await new DealApi(_manager, service).RegisterAsync(await _partners.ActiveAsync());

        (await _manager.PostJson($"/api/v1/deals/{deal}/cosell-requests/{Guid.NewGuid()}/assign", new { salesEngineer = "Sam" })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _manager.PostJson($"/api/v1/deals/{deal}/cosell-requests/{Guid.NewGuid()}/complete", new { outcome = "x" })).Status.ShouldBe(HttpStatusCode.NotFound);
        (await _manager.PostJson($"/api/v1/deals/{Guid.NewGuid()}/cosell-requests", new { type = "Demo" })).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_unknown_type_is_a_400_and_a_closed_deal_takes_no_request()
    {
        var partner = await _partners.ActiveAsync();
        var deal = await new DealApi(_manager, service).RegisterAsync(partner);
        await _manager.PostJson($"/api/v1/deals/{deal}/reject", new { reason = "No" });

        var badType = await _manager.PostJson($"/api/v1/deals/{deal}/cosell-requests", new { type = "Lunch" });
        var closed = await _manager.PostJson($"/api/v1/deals/{deal}/cosell-requests", new { type = "Demo" });

        badType.Status.ShouldBe(HttpStatusCode.BadRequest);
        badType.ErrorFields.ShouldBe(["type"]);
        closed.Status.ShouldBe(HttpStatusCode.Conflict, closed.ToString());
    }

    [Fact]
    public async Task Only_channel_managers_assign_and_complete()
    {
        var partner = await _partners.ActiveAsync();
        var partnerUser = service.Client(Roles.Partner, partner);
        var deal = await new DealApi(partnerUser, service).RegisterAsync(null);
        var requested = await partnerUser.PostJson($"/api/v1/deals/{deal}/cosell-requests", new { type = "Poc" });

        (await partnerUser.PostJson($"/api/v1/deals/{deal}/cosell-requests/{requested.Id}/assign", new { salesEngineer = "Me" })).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await partnerUser.PostJson($"/api/v1/deals/{deal}/cosell-requests/{requested.Id}/complete", new { outcome = "Done" })).Status.ShouldBe(HttpStatusCode.Forbidden);
    }
}
