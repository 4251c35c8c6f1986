using ChannelPlatform.SharedKernel;
using Partners.Domain.Qbrs;

namespace Partners.UnitTests;

public sealed class QbrTests
{
    private static readonly DateTimeOffset Now = PartnerBuilder.Now;
    private static readonly Guid PartnerId = Guid.NewGuid();

    private static ActionItem[] Items() =>
    [
        new("Launch joint webinar", "Ann Lee", new DateOnly(2026, 5, 15)),
        new("Certify two more reps", "Bob Kim", new DateOnly(2026, 6, 30)),
    ];

    [Fact]
    public void A_scheduled_qbr_waits_for_completion()
    {
        var qbr = Qbr.Schedule(PartnerId, "2026-q2", Now.AddDays(14), Now);

        qbr.PartnerId.ShouldBe(PartnerId);
        qbr.Quarter.ShouldBe("2026-Q2");
        qbr.ScheduledAt.ShouldBe(Now.AddDays(14));
        qbr.Status.ShouldBe(QbrStatus.Scheduled);
        qbr.Summary.ShouldBeNull();
        qbr.CompletedAt.ShouldBeNull();
        qbr.ActionItems.ShouldBeEmpty();
        qbr.Version.ShouldBe(1);
    }

    [Fact]
    public void Completing_a_qbr_records_the_summary_and_action_items()
    {
        var qbr = Qbr.Schedule(PartnerId, "2026-Q2", Now.AddDays(14), Now);

        qbr.Complete("  Pipeline up 20 %  ", Items(), Now.AddDays(14));

        qbr.Status.ShouldBe(QbrStatus.Completed);
        qbr.Summary.ShouldBe("Pipeline up 20 %");
        qbr.CompletedAt.ShouldBe(Now.AddDays(14));
        qbr.ActionItems.ShouldBe(Items());
        qbr.Version.ShouldBe(2);
    }

    [Fact]
    public void A_qbr_is_completed_only_once()
    {
        var qbr = Qbr.Schedule(PartnerId, "2026-Q2", Now.AddDays(14), Now);
        qbr.Complete("First", Items(), Now.AddDays(14));

        Should.Throw<InvalidTransitionException>(() => qbr.Complete("Second", Items(), Now.AddDays(15)));

        qbr.Summary.ShouldBe("First");
        qbr.CompletedAt.ShouldBe(Now.AddDays(14));
        qbr.ActionItems.Count.ShouldBe(2);
        qbr.Version.ShouldBe(2);
    }
}
