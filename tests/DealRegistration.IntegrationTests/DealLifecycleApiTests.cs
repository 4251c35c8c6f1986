using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>Submitted → Approved | Rejected; Approved → Won | Lost | Expired; protection by tier, one extension.</summary>
public sealed class DealLifecycleApiTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    private readonly HttpClient _manager = service.ClientNamed("Dana Manager", Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private DealApi Deals => new(_manager, service);

    [Fact]
    public async Task Approving_protects_the_deal_for_the_registered_tiers_60_days_from_the_approval()
    {
        var partner = await _partners.ActiveAsync();
        var deal = await Deals.RegisterAsync(partner);
        service.Advance(TimeSpan.FromHours(5));

        var approved = await Deals.ApproveAsync(deal);

        approved.Status.ShouldBe(HttpStatusCode.OK, approved.ToString());
        approved.Str("status").ShouldBe("Approved");
        DealApi.Utc(approved.Body, "decidedAt").ShouldBe(service.Now, TimeSpan.FromMilliseconds(1));
        approved.Body["decisionHours"]!.GetValue<double>().ShouldBe(5.0);
        DealApi.Utc(approved.Body, "protectionExpiresAt").ShouldBe(service.Now.AddDays(60), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task After_a_promotion_to_gold_approvals_protect_for_the_new_tiers_90_days()
    {
        var partner = await _partners.ActiveAsync();
        await _partners.ApplyAsync(PartnerEvents.TierChanged(partner, "Registered", "Gold", 90, DateTimeOffset.UtcNow.AddSeconds(1)));
        var deal = await Deals.RegisterAsync(partner);

        var approved = await Deals.ApproveAsync(deal);

        DealApi.Utc(approved.Body, "protectionExpiresAt").ShouldBe(service.Now.AddDays(90), TimeSpan.FromMilliseconds(1));
    }

    [Fact]
    public async Task Rejecting_needs_a_reason_and_keeps_it()
    {
        var deal = await Deals.RegisterAsync(await _partners.ActiveAsync());

        var noReason = await Deals.PostAsync(deal, "reject", new { });
        noReason.Status.ShouldBe(HttpStatusCode.BadRequest);
        noReason.ErrorFields.ShouldBe(["reason"]);
        var rejected = await Deals.PostAsync(deal, "reject", new { reason = "Customer already in direct negotiation" });

        rejected.Status.ShouldBe(HttpStatusCode.OK, rejected.ToString());
        rejected.Str("status").ShouldBe("Rejected");
        rejected.Str("reason").ShouldBe("Customer already in direct negotiation");
        rejected.Body["protectionExpiresAt"].ShouldBeNull();
    }

    [Fact]
    public async Task An_approved_deal_is_won_with_its_actual_value_or_lost_with_a_reason()
    {
        var partner = await _partners.ActiveAsync();
        var (toWin, toLose) = (await Deals.ApprovedAsync(partner), await Deals.ApprovedAsync(partner));

        (await Deals.PostAsync(toWin, "win", new { closedOn = "2026-11-20" })).ErrorFields.ShouldBe(["actualValue"]);
        var won = await Deals.PostAsync(toWin, "win", new { actualValue = 48_250.505m, closedOn = "2026-11-20" });
        (await Deals.PostAsync(toLose, "lose", new { })).ErrorFields.ShouldBe(["reason"]);
        var lost = await Deals.PostAsync(toLose, "lose", new { reason = "Went with a competitor" });

        won.Status.ShouldBe(HttpStatusCode.OK, won.ToString());
        won.Str("status").ShouldBe("Won");
        DealApi.Number(won.Body, "actualValue").ShouldBe(48_250.51m);
        won.Str("closedOn").ShouldBe("2026-11-20");
        lost.Status.ShouldBe(HttpStatusCode.OK, lost.ToString());
        lost.Str("status").ShouldBe("Lost");
        lost.Str("reason").ShouldBe("Went with a competitor");
    }

    [Fact]
    public async Task Protection_is_extended_once_by_1_to_90_days()
    {
        var deal = await Deals.ApprovedAsync(await _partners.ActiveAsync());
        var before = DealApi.Utc((await Deals.GetAsync(deal)).Body, "protectionExpiresAt");

        (await Deals.PostAsync(deal, "extend", new { days = 0, reason = "x" })).ErrorFields.ShouldBe(["days"]);
        (await Deals.PostAsync(deal, "extend", new { days = 91, reason = "x" })).ErrorFields.ShouldBe(["days"]);
        (await Deals.PostAsync(deal, "extend", new { days = 30 })).ErrorFields.ShouldBe(["reason"]);
        var extended = await Deals.PostAsync(deal, "extend", new { days = 30, reason = "Procurement delay" });
        var again = await Deals.PostAsync(deal, "extend", new { days = 1, reason = "Once more" });

        extended.Status.ShouldBe(HttpStatusCode.OK, extended.ToString());
        extended.Body["protectionExtended"]!.GetValue<bool>().ShouldBeTrue();
        DealApi.Utc(extended.Body, "protectionExpiresAt").ShouldBe(before.AddDays(30), TimeSpan.FromMilliseconds(1));
        again.Status.ShouldBe(HttpStatusCode.Conflict, again.ToString());
    }

    [Fact]
    public async Task A_transition_the_current_status_does_not_allow_is_a_409()
    {
        var partner = await _partners.ActiveAsync();
        var submitted = await Deals.RegisterAsync(partner);
        var rejected = await Deals.RegisterAsync(partner);
        await Deals.PostAsync(rejected, "reject", new { reason = "No" });
        var won = await Deals.ApprovedAsync(partner);
        await Deals.PostAsync(won, "win", new { actualValue = 1_000m, closedOn = "2026-11-20" });

        (await Deals.PostAsync(submitted, "win", new { actualValue = 1m, closedOn = "2026-11-20" })).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Deals.PostAsync(submitted, "lose", new { reason = "x" })).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Deals.PostAsync(submitted, "extend", new { days = 5, reason = "x" })).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Deals.ApproveAsync(rejected)).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Deals.PostAsync(rejected, "reject", new { reason = "again" })).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Deals.PostAsync(won, "lose", new { reason = "x" })).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Deals.ApproveAsync(won)).Status.ShouldBe(HttpStatusCode.Conflict);
        (await Deals.PostAsync(won, "extend", new { days = 5, reason = "x" })).Status.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_stale_If_Match_is_a_412_and_changes_nothing()
    {
        var deal = await Deals.RegisterAsync(await _partners.ActiveAsync());
        var submittedTag = (await Deals.GetAsync(deal)).ETag;
        var approved = await Deals.PostAsync(deal, "approve", new { }, DealApi.IfMatch(submittedTag));
        approved.Status.ShouldBe(HttpStatusCode.OK, approved.ToString());
        approved.ETag.ShouldNotBe(submittedTag);

        var stale = await Deals.PostAsync(deal, "win", new { actualValue = 5m, closedOn = "2026-11-20" }, DealApi.IfMatch(submittedTag));

        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed, stale.ToString());
        (await Deals.GetAsync(deal)).Str("status").ShouldBe("Approved");
        (await Deals.PostAsync(deal, "win", new { actualValue = 5m, closedOn = "2026-11-20" }, DealApi.IfMatch(approved.ETag))).Status.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task History_lists_every_transition_with_its_status_time_and_author()
    {
        var deal = await new DealApi(service.ClientNamed("Pat Partner", Roles.Partner, await _partners.ActiveAsync()), service).RegisterAsync(null);
        var submittedAt = service.Now;
        service.Advance(TimeSpan.FromHours(3));
        await Deals.ApproveAsync(deal, new { notes = "Strategic logo" });
        service.Advance(TimeSpan.FromHours(1));
        await Deals.PostAsync(deal, "extend", new { days = 10, reason = "Budget freeze" });
        service.Advance(TimeSpan.FromHours(1));
        await Deals.PostAsync(deal, "win", new { actualValue = 70_000m, closedOn = "2026-11-25" });

        var history = (await Deals.GetAsync(deal)).Body["history"]!.AsArray().Select(h => h!).ToList();

        history.Select(h => h["status"]!.GetValue<string>()).ShouldBe(["Submitted", "Approved", "Approved", "Won"]);
        history.Select(h => h["by"]!.GetValue<string>()).ShouldBe(["Pat Partner", "Dana Manager", "Dana Manager", "Dana Manager"]);
        for (var i = 0; i < history.Count; i++)
            DealApi.Utc(history[i], "at").ShouldBe(submittedAt.AddHours(i == 0 ? 0 : i + 2), TimeSpan.FromMilliseconds(1));
        history[1]["note"]!.GetValue<string>().ShouldBe("Strategic logo");
        history[2]["note"]!.GetValue<string>().ShouldContain("Budget freeze");
    }
}
