using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Partners.IntegrationTests;

/// <summary>The tier program's settings. Tests that change a tier put the defaults back, so the class's tests stay independent.</summary>
public sealed class TierProgramApiTests(PartnerServiceFixture service) : IClassFixture<PartnerServiceFixture>
{
    private static readonly object SilverDefaults = new { minTrailingRevenue = 100_000, minCertifiedReps = 2, marginBonusPercent = 2, mdfPercent = 1, protectionDays = 90 };

    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task The_program_lists_the_four_default_tiers_in_ascending_order()
    {
        using var partnerUser = service.Client(Roles.Partner, Guid.CreateVersion7());

        var tiers = await partnerUser.GetJson("/api/v1/tiers");

        tiers.Status.ShouldBe(HttpStatusCode.OK, tiers.ToString());
        Rows(tiers).ShouldBe(
        [
            ("Registered", 0m, 0, 0m, 0m, 60),
            ("Silver", 100_000m, 2, 2m, 1m, 90),
            ("Gold", 500_000m, 5, 4m, 2m, 90),
            ("Platinum", 1_000_000m, 10, 6m, 3m, 120),
        ]);
    }

    [Fact]
    public async Task A_tier_is_updated_and_the_program_shows_the_new_values()
    {
        try
        {
            var updated = await _manager.PutJson("/api/v1/tiers/silver", new { minTrailingRevenue = 150_000.50m, minCertifiedReps = 3, marginBonusPercent = 2.5m, mdfPercent = 1.5m, protectionDays = 100 });

            updated.Status.ShouldBe(HttpStatusCode.OK, updated.ToString());
            updated.Str("tier").ShouldBe("Silver");
            updated.ETag.ShouldNotBeNullOrEmpty();
            Rows(await _manager.GetJson("/api/v1/tiers"))[1].ShouldBe(("Silver", 150_000.50m, 3, 2.5m, 1.5m, 100));
        }
        finally
        {
            (await _manager.PutJson("/api/v1/tiers/Silver", SilverDefaults)).Status.ShouldBe(HttpStatusCode.OK);
        }
    }

    [Fact]
    public async Task Thresholds_that_would_fall_from_one_tier_to_the_next_are_422_and_change_nothing()
    {
        var goldBelowSilver = await _manager.PutJson("/api/v1/tiers/Gold", new { minTrailingRevenue = 50_000, minCertifiedReps = 5, marginBonusPercent = 4, mdfPercent = 2, protectionDays = 90 });
        var silverAboveGold = await _manager.PutJson("/api/v1/tiers/Silver", new { minTrailingRevenue = 100_000, minCertifiedReps = 6, marginBonusPercent = 2, mdfPercent = 1, protectionDays = 90 });

        goldBelowSilver.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, goldBelowSilver.ToString());
        goldBelowSilver.ContentType.ShouldBe("application/problem+json");
        silverAboveGold.Status.ShouldBe(HttpStatusCode.UnprocessableEntity, silverAboveGold.ToString());
        var rows = Rows(await _manager.GetJson("/api/v1/tiers"));
        rows[1].ShouldBe(("Silver", 100_000m, 2, 2m, 1m, 90));
        rows[2].ShouldBe(("Gold", 500_000m, 5, 4m, 2m, 90));
    }

    [Fact]
    public async Task An_unknown_tier_or_out_of_range_values_are_400_naming_the_fields()
    {
        var unknown = await _manager.PutJson("/api/v1/tiers/Diamond", SilverDefaults);
        var invalid = await _manager.PutJson("/api/v1/tiers/Silver", new { minTrailingRevenue = -1, marginBonusPercent = 101, mdfPercent = -0.5, protectionDays = 0 });

        unknown.Status.ShouldBe(HttpStatusCode.BadRequest);
        unknown.ErrorFields.ShouldBe(["tier"]);
        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.ErrorFields.ShouldBe(["minTrailingRevenue", "minCertifiedReps", "marginBonusPercent", "mdfPercent", "protectionDays"], ignoreOrder: true);
    }

    [Fact]
    public async Task Updating_a_tier_with_a_stale_if_match_is_412()
    {
        try
        {
            var stale = await _manager.PutJson("/api/v1/tiers/Silver", new { minTrailingRevenue = 120_000, minCertifiedReps = 2, marginBonusPercent = 2, mdfPercent = 1, protectionDays = 90 }, PartnerApi.IfMatch("\"v99\""));

            stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
            Rows(await _manager.GetJson("/api/v1/tiers"))[1].ShouldBe(("Silver", 100_000m, 2, 2m, 1m, 90));
        }
        finally
        {
            await _manager.PutJson("/api/v1/tiers/Silver", SilverDefaults);
        }
    }

    [Fact]
    public async Task A_manager_overrides_the_tier_and_the_tier_evaluation_shows_it()
    {
        var id = await new PartnerApi(_manager).ActiveAsync();

        var overridden = await _manager.PostJson($"/api/v1/partners/{id}/tier", new { tier = "gold", reason = "Strategic account" });

        overridden.Status.ShouldBe(HttpStatusCode.OK, overridden.ToString());
        overridden.Str("tier").ShouldBe("Gold");
        overridden.Body["tierOverridden"]!.GetValue<bool>().ShouldBeTrue();
        overridden.ETag.ShouldNotBeNullOrEmpty();
        var evaluation = await _manager.GetJson($"/api/v1/partners/{id}/tier-evaluation");
        evaluation.Status.ShouldBe(HttpStatusCode.OK);
        evaluation.Str("currentTier").ShouldBe("Gold");
        evaluation.Body["tierOverridden"]!.GetValue<bool>().ShouldBeTrue();
        evaluation.Str("qualifiedTier").ShouldBe("Registered");
        evaluation.Body["nextTier"]!["tier"]!.GetValue<string>().ShouldBe("Platinum");
        evaluation.Body["nextTier"]!["revenueGap"]!.GetValue<decimal>().ShouldBe(1_000_000m);
        evaluation.Body["nextTier"]!["certifiedRepsGap"]!.GetValue<int>().ShouldBe(10);
    }

    [Fact]
    public async Task An_override_needs_a_known_tier_and_a_reason_and_an_active_partner()
    {
        var api = new PartnerApi(_manager);
        var prospect = await api.ProspectAsync();
        var active = await api.ActiveAsync();

        var ofProspect = await _manager.PostJson($"/api/v1/partners/{prospect}/tier", new { tier = "Gold", reason = "x" });
        var invalid = await _manager.PostJson($"/api/v1/partners/{active}/tier", new { tier = "Diamond", reason = "" });
        var unknown = await _manager.PostJson($"/api/v1/partners/{Guid.CreateVersion7()}/tier", new { tier = "Gold", reason = "x" });
        var stale = await _manager.PostJson($"/api/v1/partners/{active}/tier", new { tier = "Gold", reason = "x" }, PartnerApi.IfMatch("\"v1\""));

        ofProspect.Status.ShouldBe(HttpStatusCode.Conflict);
        invalid.Status.ShouldBe(HttpStatusCode.BadRequest);
        invalid.ErrorFields.ShouldBe(["tier", "reason"], ignoreOrder: true);
        unknown.Status.ShouldBe(HttpStatusCode.NotFound);
        stale.Status.ShouldBe(HttpStatusCode.PreconditionFailed);
        (await api.GetAsync(active)).Str("tier").ShouldBe("Registered");
    }

    [Fact]
    public async Task The_quarterly_review_demotes_an_overridden_partner_that_does_not_qualify_and_reports_it()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, "partner.tier-changed");
        var api = new PartnerApi(_manager);
        var id = await api.ActiveAsync();
        await _manager.PostJson($"/api/v1/partners/{id}/tier", new { tier = "Gold", reason = "Trial" });

        var review = await _manager.PostJson("/api/v1/tiers/review", null);

        review.Status.ShouldBe(HttpStatusCode.OK, review.ToString());
        review.Body["reviewed"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(1);
        review.Body["demoted"]!.GetValue<int>().ShouldBeGreaterThanOrEqualTo(1);
        var change = review.Body["changes"]!.AsArray().Single(c => c!["partnerId"]!.GetValue<string>() == id.ToString())!;
        change["fromTier"]!.GetValue<string>().ShouldBe("Gold");
        change["toTier"]!.GetValue<string>().ShouldBe("Registered");
        var partner = await api.GetAsync(id);
        partner.Str("tier").ShouldBe("Registered");
        partner.Body["tierOverridden"]!.GetValue<bool>().ShouldBeFalse();
        var demotion = await consumer.WaitForAsync("partner.tier-changed", m => ForeignConsumer.ForPartner(id)(m) && m["toTier"]!.GetValue<string>() == "Registered");
        demotion["fromTier"]!.GetValue<string>().ShouldBe("Gold");
        demotion["protectionDays"]!.GetValue<int>().ShouldBe(60);
        var again = await _manager.PostJson("/api/v1/tiers/review", null);
        again.Body["changes"]!.AsArray().ShouldNotContain(c => c!["partnerId"]!.GetValue<string>() == id.ToString());
    }

    private static List<(string, decimal, int, decimal, decimal, int)> Rows(Answer tiers) =>
        tiers.Body.AsArray().Select(t => (
            t!["tier"]!.GetValue<string>(),
            t["minTrailingRevenue"]!.GetValue<decimal>(),
            t["minCertifiedReps"]!.GetValue<int>(),
            t["marginBonusPercent"]!.GetValue<decimal>(),
            t["mdfPercent"]!.GetValue<decimal>(),
            t["protectionDays"]!.GetValue<int>())).ToList();
}
