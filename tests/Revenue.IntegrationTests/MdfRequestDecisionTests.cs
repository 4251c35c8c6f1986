using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.MdfClient;

namespace Revenue.IntegrationTests;

/// <summary>POST /api/v1/revenue/mdf/requests/{id}/approve|reject: within the remaining budget, once, by a channel manager.</summary>
public sealed class MdfRequestDecisionTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private const string Approved = "revenue.mdf-request-approved";
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));

    private int Year => service.Today.Year;

    [Fact]
    public async Task Approving_within_the_remaining_budget_commits_it_and_publishes_the_approval()
    {
        var partner = await _events.PartnerAsync();
        var campaign = await _events.CampaignAsync(partner);
        await _mdf.FundAsync(partner, 10_000m, Year);
        var request = await _mdf.SubmittedAsync(partner, 3_000m, service.Today, campaign);

        var approved = await _mdf.ApproveAsync(request, 2_500m);

        approved.Status.ShouldBe(HttpStatusCode.OK, approved.ToString());
        approved.Str("status").ShouldBe("Approved");
        Money(approved, "approvedAmount").ShouldBe(2_500m);
        approved.Body["decidedAt"].ShouldNotBeNull();
        approved.ETag.ShouldNotBeNull().Trim('"').ShouldBe(approved.Str("version"));
        var budget = await _mdf.BudgetAsync(partner, Year);
        Money(budget, "committed").ShouldBe(2_500m);
        Money(budget, "remaining").ShouldBe(7_500m);
        (await service.OutboxCountAsync(Approved, request)).ShouldBe(1);
        var payload = JsonNode.Parse((await service.OutboxPayloadAsync(Approved, request)).ShouldNotBeNull())!;
        Number(payload, "approvedAmount").ShouldBe(2_500m);
        payload["requestId"]!.GetValue<Guid>().ShouldBe(request);
        payload["partnerId"]!.GetValue<Guid>().ShouldBe(partner);
        payload["campaignId"]!.GetValue<Guid>().ShouldBe(campaign);
    }

    [Fact]
    public async Task Approving_more_than_remains_is_422_and_commits_nothing()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 1_000m, Year);
        await _mdf.ApprovedAsync(partner, 600m, service.Today);
        var request = await _mdf.SubmittedAsync(partner, 500m, service.Today);

        var over = await _mdf.ApproveAsync(request, 400.01m);

        over.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, over.ToString());
        over.ContentType.ShouldBe("application/problem+json");
        Money(await _mdf.BudgetAsync(partner, Year), "committed").ShouldBe(600m);
        (await _mdf.RequestAsync(request)).Str("status").ShouldBe("Submitted");
        (await service.OutboxCountAsync(Approved, request)).ShouldBe(0);
        (await _mdf.ApproveAsync(request, 400m)).Status.ShouldBe(HttpStatusCode.OK, "exactly what remains is fine");
        Money(await _mdf.BudgetAsync(partner, Year), "remaining").ShouldBe(0m);
    }

    [Fact]
    public async Task Approving_more_than_requested_is_422()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        var request = await _mdf.SubmittedAsync(partner, 1_000m, service.Today);

        var answer = await _mdf.ApproveAsync(request, 1_000.01m);

        answer.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, answer.ToString());
        Money(await _mdf.BudgetAsync(partner, Year), "committed").ShouldBe(0m);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"approvedAmount\":0}")]
    [InlineData("{\"approvedAmount\":-5}")]
    public async Task A_missing_or_non_positive_approved_amount_is_400(string body)
    {
        var partner = await _events.PartnerAsync();
        var request = await _mdf.SubmittedAsync(partner, 1_000m, service.Today);

        var answer = await _mdf.Client.PostJson($"{Mdf}/requests/{request}/approve", body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain("approvedAmount");
    }

    [Fact]
    public async Task A_decided_request_cannot_be_decided_again()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        var approved = await _mdf.ApprovedAsync(partner, 1_000m, service.Today);

        var twice = await _mdf.ApproveAsync(approved, 1_000m);
        var rejectApproved = await _mdf.RejectAsync(approved, "Changed my mind");

        twice.Status.ShouldBe(HttpStatusCode.Conflict, twice.ToString());
        rejectApproved.Status.ShouldBe(HttpStatusCode.Conflict, rejectApproved.ToString());
        Money(await _mdf.BudgetAsync(partner, Year), "committed").ShouldBe(1_000m, "committed once");
        (await service.OutboxCountAsync(Approved, approved)).ShouldBe(1);
    }

    [Fact]
    public async Task Reject_needs_a_reason_and_a_rejected_request_cannot_be_approved()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        var request = await _mdf.SubmittedAsync(partner, 1_000m, service.Today);

        var noReason = await _mdf.RejectAsync(request, null);
        var blank = await _mdf.RejectAsync(request, "  ");
        var rejected = await _mdf.RejectAsync(request, "Not aligned with the campaign plan");
        var approveRejected = await _mdf.ApproveAsync(request, 500m);

        noReason.Status.ShouldBe(HttpStatusCode.BadRequest, noReason.ToString());
        noReason.ErrorFields.ShouldContain("reason");
        blank.Status.ShouldBe(HttpStatusCode.BadRequest, blank.ToString());
        rejected.Status.ShouldBe(HttpStatusCode.OK, rejected.ToString());
        rejected.Str("status").ShouldBe("Rejected");
        rejected.Str("rejectionReason").ShouldBe("Not aligned with the campaign plan");
        rejected.Body["approvedAmount"].ShouldBeNull();
        approveRejected.Status.ShouldBe(HttpStatusCode.Conflict, approveRejected.ToString());
        Money(await _mdf.BudgetAsync(partner, Year), "committed").ShouldBe(0m);
    }

    [Theory]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Integration)]
    public async Task Only_a_channel_manager_decides(string role)
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        var request = await _mdf.SubmittedAsync(partner, 1_000m, service.Today);
        var caller = new MdfClient(service.Client(role, role == Roles.Partner ? partner : null));

        (await caller.ApproveAsync(request, 1_000m)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await caller.RejectAsync(request, "No")).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await _mdf.RequestAsync(request)).Str("status").ShouldBe("Submitted");
        Money(await _mdf.BudgetAsync(partner, Year), "committed").ShouldBe(0m);
    }

    [Fact]
    public async Task If_match_must_name_the_current_version()
    {
        var partner = await _events.PartnerAsync();
        await _mdf.FundAsync(partner, 10_000m, Year);
        var submitted = await _mdf.SubmitAsync(partner, 1_000m, service.Today);
        var current = submitted.ETag.ShouldNotBeNull();

        var stale = await _mdf.ApproveAsync(submitted.Id, 1_000m, "\"v999\"");
        var staleReject = await _mdf.RejectAsync(submitted.Id, "No", "\"v999\"");

        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed, stale.ToString());
        staleReject.Status.ShouldBe(HttpStatusCode.PreconditionFailed, staleReject.ToString());
        Money(await _mdf.BudgetAsync(partner, Year), "committed").ShouldBe(0m);
        var fresh = await _mdf.ApproveAsync(submitted.Id, 1_000m, current);
        fresh.Status.ShouldBe(HttpStatusCode.OK, fresh.ToString());
        (await _mdf.RejectAsync(submitted.Id, "No", current)).Status.ShouldBe(HttpStatusCode.PreconditionFailed, "the approval moved the version on");
    }

    private static decimal Number(JsonNode node, string property) => node[property]!.GetValue<decimal>();
}
