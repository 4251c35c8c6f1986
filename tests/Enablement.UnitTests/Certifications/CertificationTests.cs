using Enablement.Domain.Certifications;
using static Enablement.UnitTests.Training;

namespace Enablement.UnitTests.Certifications;

/// <summary>A certification: passing score 1–100, validity 1–60 months, its required courses.</summary>
public sealed class CertificationTests
{
    [Fact]
    public void A_defined_certification_keeps_its_terms_and_each_required_course_once()
    {
        var (a, b) = (Guid.CreateVersion7(), Guid.CreateVersion7());

        var certification = Certification.Define(" Technical Expert ", CertificationTrack.Technical, [a, b, a], 80, 24, Now);

        certification.Name.ShouldBe("Technical Expert");
        certification.Track.ShouldBe(CertificationTrack.Technical);
        certification.RequiredCourseIds.ShouldBe([a, b]);
        certification.PassingScore.ShouldBe(80);
        certification.ValidityMonths.ShouldBe(24);
        certification.CreatedAt.ShouldBe(Now);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    [InlineData(-5)]
    public void The_passing_score_is_between_1_and_100(int passingScore) =>
        DomainAssert.InvalidValue(() => NewCertification(passingScore: passingScore), "passingScore");

    [Theory]
    [InlineData(0)]
    [InlineData(61)]
    public void The_validity_is_between_1_and_60_months(int months) =>
        DomainAssert.InvalidValue(() => NewCertification(validityMonths: months), "validityMonths");

    [Theory]
    [InlineData(1, 1)]
    [InlineData(100, 60)]
    public void The_bounds_themselves_are_allowed(int passingScore, int months)
    {
        var certification = NewCertification(passingScore, months);

        certification.PassingScore.ShouldBe(passingScore);
        certification.ValidityMonths.ShouldBe(months);
    }

    [Theory]
    [InlineData(70, true)]
    [InlineData(69, false)]
    [InlineData(71, true)]
    [InlineData(100, true)]
    [InlineData(0, false)]
    public void A_score_at_the_passing_score_passes_and_one_below_fails(int score, bool passes) =>
        NewCertification(passingScore: 70).Passes(score).ShouldBe(passes);

    [Fact]
    public void A_passing_score_of_100_needs_a_perfect_score()
    {
        var certification = NewCertification(passingScore: 100);

        certification.Passes(100).ShouldBeTrue();
        certification.Passes(99).ShouldBeFalse();
    }
}
