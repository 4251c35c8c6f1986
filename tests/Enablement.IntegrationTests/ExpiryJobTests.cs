using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace Enablement.IntegrationTests;

/// <summary>
/// The expiry as the hosted job runs it, not called by hand: on its interval of the service's clock, batch after
/// batch until nothing is due, and still running after a run that failed.
/// </summary>
public sealed class ExpiryJobTests(ExpiryJobFixture service) : IClassFixture<ExpiryJobFixture>
{
    private const string Expired = "enablement.certification-expired";

    [Fact]
    public async Task The_hosted_job_runs_on_its_interval_drains_every_batch_and_survives_a_failed_run()
    {
        var api = new TrainingApi(service.Client(Roles.ChannelManager));
        var partners = new PartnerEvents(service);
        var partner = await partners.ActiveAsync();
        var certification = await api.CertificationAsync(validityMonths: 1);
        var reps = await partners.RepsAsync(partner, 7);
        foreach (var rep in reps)
            await api.PassAsync(rep, certification);

        // The table is away when the first run falls due: that run fails.
        await service.Database.ExecuteAsync("ALTER TABLE enablement.rep_certifications RENAME TO rep_certifications_away");
        service.Advance(TimeSpan.FromDays(33));
        await Eventually.True(() => Task.FromResult(service.Logged("ExpiryWorker failed")), what: "the failed run logged");
        await service.Database.ExecuteAsync("ALTER TABLE enablement.rep_certifications_away RENAME TO rep_certifications");

        // The next interval: the job is still alive and drains 7 in batches of 3.
        service.Advance(TimeSpan.FromDays(1));
        await Eventually.True(async () => await ExpiredRowsAsync(partner) == 7, what: "all seven expired by the job");
        (await api.PartnerViewAsync(partner)).Body["certifiedReps"]!.GetValue<int>().ShouldBe(0);
        service.Logged("7 rep certifications expired").ShouldBeTrue("one run expired all seven: batches of 3, 3 and 1");
    }

    private Task<long> ExpiredRowsAsync(Guid partner) => service.Database.ScalarAsync<long>(
        "SELECT count(*) FROM enablement.outbox_messages WHERE exchange = @p0 AND body->>'partnerId' = @p1", Expired, partner.ToString());
}

/// <summary>The Enablement service with its expiry job on (daily, batches of 3), and the job's log lines kept.</summary>
public sealed class ExpiryJobFixture : EnablementServiceFixture
{
    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) { ["Expiry:Enabled"] = "true", ["Expiry:BatchSize"] = "3" };
}
