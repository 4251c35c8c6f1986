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
        var response = SatisfactionResponse.Record(Guid.NewGuid(), score, null, "sub-ann", "ann@acme.com", Now);

        response.Score.ShouldBe(score);
        response.IsSatisfied.ShouldBe(satisfied);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-3)]
    public void A_score_outside_1_to_5_is_refused(int score)
    {
        DomainAssert.InvalidValue(() => SatisfactionResponse.Record(Guid.NewGuid(), score, null, "sub-ann", "ann@acme.com", Now), "score");
    }

    [Fact]
    public void A_response_keeps_who_answered_when_and_the_trimmed_comment()
    {
        var partnerId = Guid.NewGuid();

        var response = SatisfactionResponse.Record(partnerId, 4, "  Great support  ", "sub-ann", "ann@acme.com", Now);

        response.PartnerId.ShouldBe(partnerId);
        response.Comment.ShouldBe("Great support");
        response.RespondedBy.ShouldBe("ann@acme.com");
        response.RespondedAt.ShouldBe(Now);
        response.Respondent.ShouldBe("sub-ann");
        response.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData("2026-01-01T00:00:00Z", "2026-Q1")]
    [InlineData("2026-03-31T23:59:59Z", "2026-Q1")]
    [InlineData("2026-04-01T00:00:00Z", "2026-Q2")]
    [InlineData("2026-12-31T23:59:59Z", "2026-Q4")]
    [InlineData("2026-10-01T01:00:00+02:00", "2026-Q3")]
    public void The_quarter_of_an_answer_is_the_UTC_calendar_quarter(string at, string quarter) =>
        SatisfactionResponse.Record(Guid.NewGuid(), 3, null, "sub-ann", "Ann", DateTimeOffset.Parse(at, System.Globalization.CultureInfo.InvariantCulture))
            .Quarter.ShouldBe(quarter);

    [Fact]
    public void A_second_answer_in_the_quarter_replaces_score_comment_and_time()
    {
        var midQuarter = new DateTimeOffset(2026, 11, 10, 9, 0, 0, TimeSpan.Zero);
        var response = SatisfactionResponse.Record(Guid.NewGuid(), 1, "Awful", "sub-ann", "Ann", midQuarter);

        response.Replace(5, null, "Ann B.", midQuarter.AddDays(3));

        response.Score.ShouldBe(5);
        response.Comment.ShouldBeNull();
        response.RespondedBy.ShouldBe("Ann B.");
        response.RespondedAt.ShouldBe(midQuarter.AddDays(3));
        response.Version.ShouldBe(2);
    }

    [Fact]
    public void An_answer_of_another_quarter_does_not_replace()
    {
        var response = SatisfactionResponse.Record(Guid.NewGuid(), 1, null, "sub-ann", "Ann", new DateTimeOffset(2026, 3, 31, 12, 0, 0, TimeSpan.Zero));

        DomainAssert.InvalidTransition(() => response.Replace(5, null, "Ann", new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero)));
        response.Score.ShouldBe(1);
    }

    [Fact]
    public void A_replacement_is_still_1_to_5() =>
        DomainAssert.InvalidValue(() => SatisfactionResponse.Record(Guid.NewGuid(), 3, null, "sub-ann", "Ann", Now).Replace(6, null, "Ann", Now), "score");

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_comment_is_no_comment(string? comment)
    {
        SatisfactionResponse.Record(Guid.NewGuid(), 3, comment, "sub-ann", "ann@acme.com", Now).Comment.ShouldBeNull();
    }
}
