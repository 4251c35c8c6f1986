using ChannelPlatform.SharedKernel;
using Partners.Domain.Escalations;

namespace Partners.UnitTests;

public sealed class EscalationTests
{
    private static readonly DateTimeOffset Now = PartnerBuilder.Now;

    private static Escalation Raise(EscalationSeverity severity = EscalationSeverity.High) =>
        Escalation.Raise(Guid.NewGuid(), severity, "  Deal stuck  ", "  Approval pending for a week  ", "ann@acme.com", new OpenEscalations(0, 3), Now);

    [Theory]
    [InlineData(EscalationSeverity.Low, 168)]
    [InlineData(EscalationSeverity.Medium, 72)]
    [InlineData(EscalationSeverity.High, 24)]
    [InlineData(EscalationSeverity.Critical, 4)]
    public void The_response_is_due_within_the_hours_of_its_severity(EscalationSeverity severity, int hours)
    {
        var escalation = Raise(severity);

        Escalation.ResponseTime(severity).ShouldBe(TimeSpan.FromHours(hours));
        escalation.ResponseDueAt.ShouldBe(Now.AddHours(hours));
    }

    [Theory]
    [InlineData(0, 3)]
    [InlineData(2, 3)]
    [InlineData(0, 1)]
    public void An_escalation_is_raised_while_fewer_than_the_maximum_of_its_severity_are_open(int open, int max) =>
        Escalation.Raise(Guid.NewGuid(), EscalationSeverity.Critical, "S", "D", "ann", new OpenEscalations(open, max), Now).Status.ShouldBe(EscalationStatus.Open);

    [Theory]
    [InlineData(3, 3)]
    [InlineData(7, 3)]
    [InlineData(1, 1)]
    public void One_more_than_the_maximum_open_of_a_severity_is_a_conflict(int open, int max)
    {
        var broken = DomainAssert.BrokenRule(
            () => Escalation.Raise(Guid.NewGuid(), EscalationSeverity.Critical, "S", "D", "ann", new OpenEscalations(open, max), Now), RuleKind.Conflict);

        broken.Message.ShouldContain($"{open} open Critical escalation(s)");
    }

    [Fact]
    public void A_raised_escalation_is_open()
    {
        var escalation = Raise();

        escalation.Status.ShouldBe(EscalationStatus.Open);
        escalation.Subject.ShouldBe("Deal stuck");
        escalation.Description.ShouldBe("Approval pending for a week");
        escalation.RaisedBy.ShouldBe("ann@acme.com");
        escalation.RaisedAt.ShouldBe(Now);
        escalation.ResolvedAt.ShouldBeNull();
        escalation.Version.ShouldBe(1);
    }

    [Fact]
    public void An_open_escalation_is_not_breached_up_to_its_due_time()
    {
        var escalation = Raise(EscalationSeverity.Critical);

        escalation.IsBreached(Now.AddHours(3)).ShouldBeFalse();
        escalation.IsBreached(Now.AddHours(4)).ShouldBeFalse();
    }

    [Fact]
    public void An_open_escalation_past_its_due_time_is_breached()
    {
        var escalation = Raise(EscalationSeverity.Critical);

        escalation.IsBreached(Now.AddHours(4).AddSeconds(1)).ShouldBeTrue();
    }

    [Fact]
    public void An_escalation_resolved_in_time_is_never_breached_afterwards()
    {
        var escalation = Raise(EscalationSeverity.High);
        escalation.Resolve("Approved", Now.AddHours(23));

        escalation.IsBreached(Now.AddDays(30)).ShouldBeFalse();
    }

    [Fact]
    public void An_escalation_resolved_late_stays_breached()
    {
        var escalation = Raise(EscalationSeverity.High);
        escalation.Resolve("Approved", Now.AddHours(25));

        escalation.IsBreached(Now.AddHours(25)).ShouldBeTrue();
        escalation.IsBreached(Now.AddDays(30)).ShouldBeTrue();
    }

    [Fact]
    public void Resolving_records_the_resolution_and_the_time()
    {
        var escalation = Raise();

        escalation.Resolve("  Deal approved  ", Now.AddHours(2));

        escalation.Status.ShouldBe(EscalationStatus.Resolved);
        escalation.Resolution.ShouldBe("Deal approved");
        escalation.ResolvedAt.ShouldBe(Now.AddHours(2));
        escalation.Version.ShouldBe(2);
    }

    [Fact]
    public void An_escalation_is_resolved_only_once()
    {
        var escalation = Raise();
        escalation.Resolve("First", Now.AddHours(2));

        Should.Throw<InvalidTransitionException>(() => escalation.Resolve("Second", Now.AddHours(30)));

        escalation.Resolution.ShouldBe("First");
        escalation.ResolvedAt.ShouldBe(Now.AddHours(2));
        escalation.Version.ShouldBe(2);
    }
}
