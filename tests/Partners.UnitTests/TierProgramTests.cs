using ChannelPlatform.SharedKernel;
using Partners.Domain.Tiers;

namespace Partners.UnitTests;

public sealed class TierProgramTests
{
    [Theory]
    [InlineData(PartnerTier.Registered, 0, 0, 0, 0, 60)]
    [InlineData(PartnerTier.Silver, 100_000, 2, 2, 1, 90)]
    [InlineData(PartnerTier.Gold, 500_000, 5, 4, 2, 90)]
    [InlineData(PartnerTier.Platinum, 1_000_000, 10, 6, 3, 120)]
    public void The_default_program_is_the_documented_one(PartnerTier tier, int revenue, int reps, int marginBonus, int mdf, int protectionDays)
    {
        var definition = TierDefinition.Defaults.Single(t => t.Tier == tier);

        definition.MinTrailingRevenue.ShouldBe(revenue);
        definition.MinCertifiedReps.ShouldBe(reps);
        definition.MarginBonusPercent.ShouldBe(marginBonus);
        definition.MdfPercent.ShouldBe(mdf);
        definition.ProtectionDays.ShouldBe(protectionDays);
    }

    [Fact]
    public void The_defaults_define_every_tier_once_in_ascending_order()
    {
        TierDefinition.Defaults.Select(t => t.Tier).ShouldBe(Enum.GetValues<PartnerTier>());
        Should.NotThrow(() => new TierProgram(TierDefinition.Defaults).EnsureAscending());
    }

    [Theory]
    [InlineData(0, 0, PartnerTier.Registered)]
    [InlineData(99_999.99, 2, PartnerTier.Registered)]
    [InlineData(100_000, 1, PartnerTier.Registered)]
    [InlineData(100_000, 2, PartnerTier.Silver)]
    [InlineData(499_999.99, 9, PartnerTier.Silver)]
    [InlineData(900_000, 4, PartnerTier.Silver)]
    [InlineData(500_000, 5, PartnerTier.Gold)]
    [InlineData(5_000_000, 9, PartnerTier.Gold)]
    [InlineData(999_999.99, 10, PartnerTier.Gold)]
    [InlineData(1_000_000, 10, PartnerTier.Platinum)]
    [InlineData(10_000_000, 0, PartnerTier.Registered)]
    [InlineData(0, 50, PartnerTier.Registered)]
    public void A_tier_needs_both_its_revenue_and_its_certified_reps(double revenue, int reps, PartnerTier expected)
    {
        PartnerBuilder.DefaultProgram().QualifiedTier((decimal)revenue, reps).ShouldBe(expected);
    }

    [Theory]
    [InlineData(PartnerTier.Registered, 40_000, 1, PartnerTier.Silver, 60_000, 1)]
    [InlineData(PartnerTier.Silver, 600_000, 3, PartnerTier.Gold, 0, 2)]
    [InlineData(PartnerTier.Silver, 100_000, 8, PartnerTier.Gold, 400_000, 0)]
    [InlineData(PartnerTier.Gold, 750_000, 10, PartnerTier.Platinum, 250_000, 0)]
    public void The_next_tier_gap_is_what_is_still_missing_and_never_negative(PartnerTier current, int revenue, int reps, PartnerTier next, int revenueGap, int repsGap)
    {
        var gap = PartnerBuilder.DefaultProgram().NextTierGap(current, revenue, reps);

        gap.ShouldBe(new TierGap(next, revenueGap, repsGap));
    }

    [Fact]
    public void A_platinum_partner_has_no_next_tier()
    {
        PartnerBuilder.DefaultProgram().NextTierGap(PartnerTier.Platinum, 0m, 0).ShouldBeNull();
    }

    [Fact]
    public void A_gold_revenue_threshold_below_silvers_is_refused()
    {
        var definitions = PartnerBuilder.DefaultDefinitions();
        definitions.Single(t => t.Tier == PartnerTier.Gold).Update(99_999m, 5, 4m, 2m, 90, PartnerBuilder.Now);

        var exception = DomainAssert.BrokenRule(() => new TierProgram(definitions).EnsureAscending(), RuleKind.Unprocessable);

        exception.Message.ShouldBe("Gold thresholds must be at least Silver's.");
    }

    [Fact]
    public void A_gold_certified_reps_threshold_below_silvers_is_refused()
    {
        var definitions = PartnerBuilder.DefaultDefinitions();
        definitions.Single(t => t.Tier == PartnerTier.Gold).Update(500_000m, 1, 4m, 2m, 90, PartnerBuilder.Now);

        Should.Throw<BusinessRuleViolationException>(() => new TierProgram(definitions).EnsureAscending());
    }

    [Fact]
    public void Equal_thresholds_on_neighbouring_tiers_are_allowed()
    {
        var definitions = PartnerBuilder.DefaultDefinitions();
        definitions.Single(t => t.Tier == PartnerTier.Gold).Update(100_000m, 2, 4m, 2m, 90, PartnerBuilder.Now);

        Should.NotThrow(() => new TierProgram(definitions).EnsureAscending());
    }

    [Fact]
    public void A_program_missing_a_tier_is_refused()
    {
        var definitions = PartnerBuilder.DefaultDefinitions().Where(t => t.Tier != PartnerTier.Gold);

        Should.Throw<InvalidOperationException>(() => new TierProgram(definitions));
    }

    [Theory]
    [InlineData(-1, 0, 0, 0, 60, "minTrailingRevenue")]
    [InlineData(0, -1, 0, 0, 60, "minCertifiedReps")]
    [InlineData(0, 0, -1, 0, 60, "marginBonusPercent")]
    [InlineData(0, 0, 101, 0, 60, "marginBonusPercent")]
    [InlineData(0, 0, 0, -1, 60, "mdfPercent")]
    [InlineData(0, 0, 0, 101, 60, "mdfPercent")]
    [InlineData(0, 0, 0, 0, 0, "protectionDays")]
    [InlineData(0, 0, 0, 0, 366, "protectionDays")]
    public void A_tier_definition_out_of_bounds_is_refused_and_left_unchanged(int revenue, int reps, int marginBonus, int mdf, int protectionDays, string field)
    {
        var silver = PartnerBuilder.Definition(PartnerTier.Silver);

        DomainAssert.InvalidValue(() => silver.Update(revenue, reps, marginBonus, mdf, protectionDays, PartnerBuilder.Now), field);

        silver.MinTrailingRevenue.ShouldBe(100_000m);
        silver.ProtectionDays.ShouldBe(90);
        silver.Version.ShouldBe(1);
    }

    [Fact]
    public void Updating_a_tier_definition_moves_its_version_on()
    {
        var silver = PartnerBuilder.Definition(PartnerTier.Silver);

        silver.Update(150_000m, 3, 2.5m, 1.5m, 100, PartnerBuilder.Now);

        silver.MinTrailingRevenue.ShouldBe(150_000m);
        silver.MinCertifiedReps.ShouldBe(3);
        silver.MarginBonusPercent.ShouldBe(2.5m);
        silver.MdfPercent.ShouldBe(1.5m);
        silver.ProtectionDays.ShouldBe(100);
        silver.Version.ShouldBe(2);
    }

    [Fact]
    public void Updating_a_tier_definition_raises_tier_program_updated_with_the_new_values()
    {
        var gold = PartnerBuilder.Definition(PartnerTier.Gold);

        gold.Update(600_000m, 6, 5m, 2.5m, 120, PartnerBuilder.Now);

        var updated = DomainAssert.RaisedOnce<TierProgramUpdated>(gold);
        updated.Definition.ShouldBeSameAs(gold);
        updated.OccurredAt.ShouldBe(PartnerBuilder.Now);
        gold.Id.ShouldBe(TierDefinition.IdOf(PartnerTier.Gold));
    }

    [Fact]
    public void A_refused_update_raises_nothing()
    {
        var gold = PartnerBuilder.Definition(PartnerTier.Gold);

        Should.Throw<ChannelPlatform.SharedKernel.InvalidValueException>(() => gold.Update(600_000m, 6, 101m, 2.5m, 120, PartnerBuilder.Now));

        DomainAssert.NotRaised<TierProgramUpdated>(gold);
    }

    [Fact]
    public void Every_tier_has_its_own_fixed_id() =>
        Enum.GetValues<PartnerTier>().Select(TierDefinition.IdOf).Distinct().Count().ShouldBe(4);
}
