using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Revenue.IntegrationTests.MdfClient;

namespace Revenue.IntegrationTests;

/// <summary>Claims on approved MDF requests: submit (within the approved amount and the 60-day window), approve or short-pay, reimburse.</summary>
public sealed class MdfClaimApiTests(RevenueServiceFixture service) : IClassFixture<RevenueServiceFixture>
{
    private readonly UpstreamEvents _events = new(service);
    private readonly MdfClient _mdf = new(service.Client(Roles.ChannelManager));

    [Fact]
    public async Task A_claim_on_an_approved_request_is_201_with_location()
    {
        var (partner, request) = await ApprovedRequestAsync(5_000m);
        var partnerUser = new MdfClient(service.Client(Roles.Partner, partner));

        var claim = await partnerUser.ClaimAsync(request, 3_000m, Proof, leadsGenerated: 12);

        claim.Status.ShouldBe(HttpStatusCode.Created, claim.ToString());
        claim.Location.ShouldBe($"/api/v1/revenue/mdf/claims/{claim.Id}");
        claim.Str("status").ShouldBe("Submitted");
        Money(claim, "claimedAmount").ShouldBe(3_000m);
        claim.Body["proofUrls"]!.AsArray().Select(u => u!.GetValue<string>()).ShouldBe(Proof);
        claim.Body["leadsGenerated"]!.GetValue<int>().ShouldBe(12);
        claim.Body["requestId"]!.GetValue<Guid>().ShouldBe(request);
        claim.Body["partnerId"]!.GetValue<Guid>().ShouldBe(partner);
        claim.Body["shortPaid"]!.GetValue<bool>().ShouldBeFalse();
        (await _mdf.ClaimOfAsync(claim.Id)).Str("status").ShouldBe("Submitted");
        Money(await _mdf.RequestAsync(request), "claimedAmount").ShouldBe(3_000m);
        Money(await _mdf.BudgetAsync(partner, service.Today.Year), "claimed").ShouldBe(3_000m);
    }

    [Fact]
    public async Task A_claim_on_a_submitted_or_rejected_request_is_409_and_on_an_unknown_one_404()
    {
        var partner = await _events.PartnerAsync();
        var submitted = await _mdf.SubmittedAsync(partner, 1_000m, service.Today);
        var rejected = await _mdf.SubmittedAsync(partner, 1_000m, service.Today);
        (await _mdf.RejectAsync(rejected, "No")).Status.ShouldBe(HttpStatusCode.OK);

        (await _mdf.ClaimAsync(submitted, 100m)).Status.ShouldBe(HttpStatusCode.Conflict);
        (await _mdf.ClaimAsync(rejected, 100m)).Status.ShouldBe(HttpStatusCode.Conflict);
        (await _mdf.ClaimAsync(Guid.CreateVersion7(), 100m)).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Claims_never_exceed_the_approved_amount_not_yet_claimed_even_across_claims()
    {
        var (_, request) = await ApprovedRequestAsync(5_000m);

        (await _mdf.ClaimAsync(request, 5_000.01m)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        await _mdf.ClaimedAsync(request, 3_000m);
        var over = await _mdf.ClaimAsync(request, 2_000.01m);
        over.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, over.ToString());
        await _mdf.ClaimedAsync(request, 2_000m);
        (await _mdf.ClaimAsync(request, 0.01m)).Status.ShouldBe(HttpStatusCode.UnprocessableEntity);
        Money(await _mdf.RequestAsync(request), "claimedAmount").ShouldBe(5_000m);
    }

    [Theory]
    [InlineData("{\"claimedAmount\":100,\"proofUrls\":[]}", "proofUrls")]
    [InlineData("{\"claimedAmount\":100}", "proofUrls")]
    [InlineData("{\"claimedAmount\":100,\"proofUrls\":[\"ftp://files.example.com/a.pdf\"]}", "proofUrls")]
    [InlineData("{\"claimedAmount\":100,\"proofUrls\":[\"/uploads/a.pdf\"]}", "proofUrls")]
    [InlineData("{\"claimedAmount\":100,\"proofUrls\":[\"https://ok.example.com/a.pdf\",\"not a url\"]}", "proofUrls")]
    [InlineData("{\"claimedAmount\":0,\"proofUrls\":[\"https://ok.example.com/a.pdf\"]}", "claimedAmount")]
    [InlineData("{\"proofUrls\":[\"https://ok.example.com/a.pdf\"]}", "claimedAmount")]
    [InlineData("{\"claimedAmount\":100,\"proofUrls\":[\"https://ok.example.com/a.pdf\"],\"leadsGenerated\":-1}", "leadsGenerated")]
    public async Task An_invalid_claim_is_400_naming_the_field(string body, string field)
    {
        var (_, request) = await ApprovedRequestAsync(1_000m);

        var answer = await _mdf.ClaimRawAsync(request, body);

        answer.Status.ShouldBe(HttpStatusCode.BadRequest, answer.ToString());
        answer.ErrorFields.ShouldContain(f => f.StartsWith(field, StringComparison.Ordinal), answer.ToString());
        Items(await _mdf.ClaimsOfRequestAsync(request)).Count.ShouldBe(0);
    }

    [Fact]
    public async Task Claims_close_60_days_after_the_planned_date()
    {
        var (_, lastDay) = await ApprovedRequestAsync(1_000m, service.Today.AddDays(-60));
        var (_, closed) = await ApprovedRequestAsync(1_000m, service.Today.AddDays(-61));

        (await _mdf.ClaimAsync(lastDay, 500m)).Status.ShouldBe(HttpStatusCode.Created, "the 60th day is still open");
        var late = await _mdf.ClaimAsync(closed, 500m);
        late.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, late.ToString());
        Money(await _mdf.RequestAsync(closed), "claimedAmount").ShouldBe(0m);
    }

    [Fact]
    public async Task A_claim_is_approved_in_full_or_short_paid_with_a_reason()
    {
        var (_, request) = await ApprovedRequestAsync(9_000m);
        var full = await _mdf.ClaimedAsync(request, 3_000m);
        var shortPaid = await _mdf.ClaimedAsync(request, 3_000m);
        var tooMuch = await _mdf.ClaimedAsync(request, 3_000m);

        var approvedFull = await _mdf.ApproveClaimAsync(full, 3_000m);
        approvedFull.Status.ShouldBe(HttpStatusCode.OK, approvedFull.ToString());
        approvedFull.Str("status").ShouldBe("Approved");
        approvedFull.Body["shortPaid"]!.GetValue<bool>().ShouldBeFalse();
        (await _mdf.ApproveClaimAsync(full, 3_000m)).Status.ShouldBe(HttpStatusCode.Conflict, "approved once");

        var noReason = await _mdf.ApproveClaimAsync(shortPaid, 2_000m);
        noReason.Status.ShouldBe(HttpStatusCode.BadRequest, noReason.ToString());
        noReason.ErrorFields.ShouldContain("reason");
        var withReason = await _mdf.ApproveClaimAsync(shortPaid, 2_000m, "One invoice is not eligible");
        withReason.Status.ShouldBe(HttpStatusCode.OK, withReason.ToString());
        withReason.Body["shortPaid"]!.GetValue<bool>().ShouldBeTrue();
        withReason.Str("shortPayReason").ShouldBe("One invoice is not eligible");
        Money(withReason, "approvedAmount").ShouldBe(2_000m);

        var over = await _mdf.ApproveClaimAsync(tooMuch, 3_000.01m);
        over.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, over.ToString());
        (await _mdf.ClaimOfAsync(tooMuch)).Str("status").ShouldBe("Submitted");
    }

    [Fact]
    public async Task Reimbursing_an_approved_claim_pays_the_budget_and_publishes_it()
    {
        var (partner, request) = await ApprovedRequestAsync(5_000m);
        var claim = await _mdf.ClaimedAsync(request, 4_000m);
        var early = await _mdf.ReimburseAsync(claim, service.Today);
        early.Status.ShouldBe(HttpStatusCode.Conflict, early.ToString());
        (await _mdf.ApproveClaimAsync(claim, 3_500m, "Partly eligible")).Status.ShouldBe(HttpStatusCode.OK);

        var paid = await _mdf.ReimburseAsync(claim, service.Today);

        paid.Status.ShouldBe(HttpStatusCode.OK, paid.ToString());
        paid.Str("status").ShouldBe("Reimbursed");
        paid.Str("paidOn").ShouldBe(service.Today.ToString("yyyy-MM-dd"));
        var budget = await _mdf.BudgetAsync(partner, service.Today.Year);
        Money(budget, "paid").ShouldBe(3_500m);
        Money(budget, "claimed").ShouldBe(4_000m);
        Money(budget, "committed").ShouldBe(4_500m, "the 500 short-paid went back to the budget");
        (await service.OutboxCountAsync("revenue.mdf-claim-reimbursed", claim)).ShouldBe(1);
        var payload = JsonNode.Parse((await service.OutboxPayloadAsync("revenue.mdf-claim-reimbursed", claim)).ShouldNotBeNull())!;
        payload["amount"]!.GetValue<decimal>().ShouldBe(3_500m);
        payload["requestId"]!.GetValue<Guid>().ShouldBe(request);
        (await _mdf.ReimburseAsync(claim, service.Today)).Status.ShouldBe(HttpStatusCode.Conflict, "reimbursed once");
        Money(await _mdf.BudgetAsync(partner, service.Today.Year), "paid").ShouldBe(3_500m);
        var noDate = await _mdf.Client.PostJson($"{Mdf}/claims/{claim}/reimburse", "{}");
        noDate.Status.ShouldBe(HttpStatusCode.BadRequest);
        noDate.ErrorFields.ShouldContain("paidOn");
    }

    [Theory]
    [InlineData(Roles.Partner)]
    [InlineData(Roles.Integration)]
    public async Task Only_a_channel_manager_approves_and_reimburses_claims(string role)
    {
        var (partner, request) = await ApprovedRequestAsync(1_000m);
        var claim = await _mdf.ClaimedAsync(request, 1_000m);
        var caller = new MdfClient(service.Client(role, role == Roles.Partner ? partner : null));

        (await caller.ApproveClaimAsync(claim, 1_000m)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await _mdf.ApproveClaimAsync(claim, 1_000m)).Status.ShouldBe(HttpStatusCode.OK);
        (await caller.ReimburseAsync(claim, service.Today)).Status.ShouldBe(HttpStatusCode.Forbidden);
        (await caller.ClaimOfAsync(claim)).Str("status").ShouldBe("Approved", "but it may read it");
    }

    [Fact]
    public async Task Claims_are_listed_by_request_status_and_partner()
    {
        var (partner, request) = await ApprovedRequestAsync(3_000m);
        var (_, otherRequest) = await ApprovedRequestAsync(3_000m);
        var first = await _mdf.ClaimedAsync(request, 1_000m);
        var second = await _mdf.ClaimedAsync(request, 1_000m);
        await _mdf.ClaimedAsync(otherRequest, 1_000m);
        (await _mdf.ApproveClaimAsync(second, 1_000m)).Status.ShouldBe(HttpStatusCode.OK);

        Ids(await _mdf.ClaimsOfRequestAsync(request)).ShouldBe([first, second], ignoreOrder: true);
        Ids(await _mdf.ClaimsAsync($"?requestId={request}")).ShouldBe([first, second], ignoreOrder: true);
        Ids(await _mdf.ClaimsAsync($"?partnerId={partner}&status=Approved")).ShouldBe([second]);
        (await _mdf.ClaimsAsync("?status=Lost")).Status.ShouldBe(HttpStatusCode.BadRequest);
        (await _mdf.ClaimOfAsync(Guid.CreateVersion7())).Status.ShouldBe(HttpStatusCode.NotFound);
    }

    /// <summary>A new active partner, funded for the planned year, with a request approved in full.</summary>
    private async Task<(Guid Partner, Guid Request)> ApprovedRequestAsync(decimal amount, DateOnly? plannedOn = null)
    {
        var partner = await _events.PartnerAsync();
        var on = plannedOn ?? service.Today;
        await _mdf.FundAsync(partner, 100_000m, on.Year);
        return (partner, await _mdf.ApprovedAsync(partner, amount, on));
    }
}
