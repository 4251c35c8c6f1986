using Partners.Domain.Satisfaction;

namespace Partners.UnitTests;

public sealed class SatisfactionTests
{
    private static readonly DateTimeOffset Now = PartnerBuilder.Now;

    [Theory]
    [InlineData(1, false)]
    [InlineData(2, false)]
    [InlineData(3, false)]
    [InlineData(4, true)]
    [InlineData(5, true)]
    public void Only_a_score_of_4_or_5_counts_as_satisfied(int score, bool satisfied)
    {
        var response = SatisfactionResponse.Record(Guid.NewGuid(), score, null, "ann@acme.com", Now);

        response.Score.ShouldBe(score);
        response.IsSatisfied.ShouldBe(satisfied);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void A_score_outside_1_to_5_is_refused(int score)
    {
        DomainAssert.InvalidValue(() => SatisfactionResponse.Record(Guid.NewGuid(), score, null, "ann@acme.com", Now), "score");
    }

    [Fact]
    public void A_response_keeps_who_answered_when_and_the_trimmed_comment()
    {
        var partnerId = Guid.NewGuid();

        var response = SatisfactionResponse.Record(partnerId, 4, "  Great support  ", "ann@acme.com", Now);

        response.PartnerId.ShouldBe(partnerId);
        response.Comment.ShouldBe("Great support");
        response.RespondedBy.ShouldBe("ann@acme.com");
        response.RespondedAt.ShouldBe(Now);
        response.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_comment_is_no_comment(string? comment)
    {
        SatisfactionResponse.Record(Guid.NewGuid(), 3, comment, "ann@acme.com", Now).Comment.ShouldBeNull();
    }
}
