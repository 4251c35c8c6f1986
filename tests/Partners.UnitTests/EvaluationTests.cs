using ChannelPlatform.SharedKernel;
using Partners.Domain.Model;

namespace Partners.UnitTests;

public sealed class EvaluationTests
{
    [Fact]
    public void A_prospect_scoring_60_or_more_is_qualified()
    {
        var partner = PartnerBuilder.Prospect();

        var evaluation = partner.Evaluate(new FitScores(3, 4, 4, 3, 3), "  strong DACH reach  ", PartnerBuilder.Now);

        partner.Status.ShouldBe(PartnerStatus.Qualified);
        evaluation.FitScore.ShouldBe(60m);
        evaluation.Notes.ShouldBe("strong DACH reach");
        evaluation.EvaluatedAt.ShouldBe(PartnerBuilder.Now);
        partner.Evaluation.ShouldBe(evaluation);
        var evaluated = DomainAssert.RaisedOnce<PartnerEvaluated>(partner);
        evaluated.FitScore.ShouldBe(60m);
        evaluated.Qualified.ShouldBeTrue();
    }

    [Fact]
    public void A_prospect_scoring_below_60_is_declined()
    {
        var partner = PartnerBuilder.Prospect();

        partner.Evaluate(new FitScores(3, 4, 3, 3, 4), null, PartnerBuilder.Now);

        partner.Status.ShouldBe(PartnerStatus.Declined);
        partner.Evaluation!.FitScore.ShouldBe(58.8m);
        DomainAssert.RaisedOnce<PartnerEvaluated>(partner).Qualified.ShouldBeFalse();
    }

    [Fact]
    public void A_declined_partner_evaluated_again_with_better_scores_is_qualified()
    {
        var partner = PartnerBuilder.Declined();

        partner.Evaluate(PartnerBuilder.QualifyingScores, "improved", PartnerBuilder.Now.AddDays(30));

        partner.Status.ShouldBe(PartnerStatus.Qualified);
        partner.Evaluation!.FitScore.ShouldBe(75m);
        partner.Evaluation.EvaluatedAt.ShouldBe(PartnerBuilder.Now.AddDays(30));
    }

    [Fact]
    public void A_declined_partner_evaluated_again_with_low_scores_stays_declined()
    {
        var partner = PartnerBuilder.Declined();

        partner.Evaluate(new FitScores(1, 1, 1, 1, 1), null, PartnerBuilder.Now);

        partner.Status.ShouldBe(PartnerStatus.Declined);
        partner.Evaluation!.FitScore.ShouldBe(0m);
    }

    [Theory]
    [InlineData(PartnerStatus.Qualified)]
    [InlineData(PartnerStatus.Onboarding)]
    [InlineData(PartnerStatus.Active)]
    [InlineData(PartnerStatus.Suspended)]
    [InlineData(PartnerStatus.Terminated)]
    public void Only_a_prospect_or_declined_partner_can_be_evaluated(PartnerStatus status)
    {
        var partner = PartnerBuilder.InStatus(status);
        var version = partner.Version;

        Should.Throw<InvalidTransitionException>(() => partner.Evaluate(PartnerBuilder.QualifyingScores, null, PartnerBuilder.Now));

        partner.Status.ShouldBe(status);
        partner.Version.ShouldBe(version);
    }

    [Fact]
    public void An_evaluation_with_a_score_out_of_range_changes_nothing()
    {
        var partner = PartnerBuilder.Prospect();
        var version = partner.Version;

        DomainAssert.InvalidValue(() => partner.Evaluate(new FitScores(3, 3, 7, 3, 3), null, PartnerBuilder.Now), "salesCapacity");

        partner.Status.ShouldBe(PartnerStatus.Prospect);
        partner.Evaluation.ShouldBeNull();
        partner.Version.ShouldBe(version);
    }
}
