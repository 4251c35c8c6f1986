using Revenue.Domain.Pipeline;
using static Revenue.UnitTests.Given;

namespace Revenue.UnitTests.Pipeline;

/// <summary>The pipeline projection tolerates events out of order: a close before the approval stays closed, and closed deals never re-open.</summary>
public sealed class PipelineDealTests
{
    private static readonly DateOnly ApprovedOn = new(2026, 3, 2);
    private static readonly DateOnly ExpectedClose = new(2026, 6, 30);

    private static PipelineDeal NewDeal() => PipelineDeal.Unknown(Guid.CreateVersion7(), PartnerId);

    [Fact]
    public void An_approved_deal_is_open_with_its_estimated_value()
    {
        var deal = NewDeal();

        deal.Approved(40_000m, Usd.Code, ExpectedClose, ApprovedOn);

        deal.Status.ShouldBe(PipelineStatus.Open);
        deal.EstimatedValue.ShouldBe(40_000m);
        deal.ExpectedCloseDate.ShouldBe(ExpectedClose);
        deal.ApprovedOn.ShouldBe(ApprovedOn);
        deal.ClosedOn.ShouldBeNull();
        deal.WonValue.ShouldBeNull();
    }

    [Fact]
    public void Winning_an_open_deal_records_the_won_value_and_close_date()
    {
        var deal = NewDeal();
        deal.Approved(40_000m, Usd.Code, ExpectedClose, ApprovedOn);

        deal.Won(50_000m, Usd.Code, ClosedOn);

        deal.Status.ShouldBe(PipelineStatus.Won);
        deal.WonValue.ShouldBe(50_000m);
        deal.ClosedOn.ShouldBe(ClosedOn);
        deal.EstimatedValue.ShouldBe(40_000m);
    }

    [Fact]
    public void A_win_arriving_before_the_approval_stays_won_and_gets_the_estimated_value()
    {
        var deal = NewDeal();
        deal.Won(50_000m, Usd.Code, ClosedOn);

        deal.Approved(40_000m, Usd.Code, ExpectedClose, ApprovedOn);

        deal.Status.ShouldBe(PipelineStatus.Won);
        deal.WonValue.ShouldBe(50_000m);
        deal.ClosedOn.ShouldBe(ClosedOn);
        deal.EstimatedValue.ShouldBe(40_000m);
        deal.ApprovedOn.ShouldBe(ApprovedOn);
    }

    [Fact]
    public void A_loss_after_a_win_is_ignored()
    {
        var deal = NewDeal();
        deal.Won(50_000m, Usd.Code, ClosedOn);

        deal.Lost(ClosedOn.AddDays(5));

        deal.Status.ShouldBe(PipelineStatus.Won);
        deal.ClosedOn.ShouldBe(ClosedOn);
    }

    [Fact]
    public void A_win_after_a_loss_does_not_re_open_the_deal()
    {
        var deal = NewDeal();
        deal.Lost(ClosedOn);

        deal.Won(50_000m, Usd.Code, ClosedOn.AddDays(1));

        deal.Status.ShouldBe(PipelineStatus.Lost);
        deal.WonValue.ShouldBeNull();
        deal.ClosedOn.ShouldBe(ClosedOn);
    }

    [Fact]
    public void An_expired_deal_stays_expired_when_its_approval_arrives_late()
    {
        var deal = NewDeal();
        deal.Expired(ClosedOn);

        deal.Approved(40_000m, Usd.Code, ExpectedClose, ApprovedOn);
        deal.Won(50_000m, Usd.Code, ClosedOn);

        deal.Status.ShouldBe(PipelineStatus.Expired);
        deal.EstimatedValue.ShouldBe(40_000m);
    }

    [Fact]
    public void A_duplicated_close_keeps_the_first_close_date()
    {
        var deal = NewDeal();
        deal.Won(50_000m, Usd.Code, ClosedOn);

        deal.Won(99_000m, Usd.Code, ClosedOn.AddDays(2));

        deal.WonValue.ShouldBe(50_000m);
        deal.ClosedOn.ShouldBe(ClosedOn);
    }
}
