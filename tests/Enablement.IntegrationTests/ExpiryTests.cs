using System.Net;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>The daily expiry on the fake clock: not on the expiry date, the day after; certification-expired exactly once even with two runs racing.</summary>
public sealed class ExpiryTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private const string Expired = "enablement.certification-expired";

    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private TrainingApi Api => new(_manager);

    [Fact]
    public async Task Past_its_expiry_a_certification_expires_drops_from_the_rate_and_publishes_certification_expired_once()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, Expired);
        var partner = await _partners.ActiveAsync();
        var reps = await _partners.RepsAsync(partner, 2);
        var certification = await Api.CertificationAsync(validityMonths: 1);
        var issued = await Api.PassAsync(reps[0], certification);
        await Api.PassAsync(reps[1], await Api.CertificationAsync(validityMonths: 12));
        var repCertification = Guid.Parse(issued["id"]!.GetValue<string>());
        var expiresOn = Date(issued, "expiresOn");
        Number((await Api.PartnerViewAsync(partner)).Body, "certificationRate").ShouldBe(100m);

        service.Advance(new DateTimeOffset(expiresOn.ToDateTime(new TimeOnly(23, 0)), TimeSpan.Zero) - service.Now);
        await service.ExpireAsync();
        (await service.OutboxCountAsync(Expired, repCertification)).ShouldBe(0, "on its expiry date it is still valid");
        Number((await Api.PartnerViewAsync(partner)).Body, "certificationRate").ShouldBe(100m);

        service.Advance(TimeSpan.FromHours(2));
        var results = await Task.WhenAll(service.ExpireAsync(), service.ExpireAsync());
        (await service.ExpireAsync()).ShouldBe(0, "nothing is left for a third run");

        results.Sum().ShouldBeGreaterThanOrEqualTo(1, "two racing runs expire it between them (other tests' certifications may be due too)");
        (await service.OutboxCountAsync(Expired, repCertification)).ShouldBe(1);
        var message = await consumer.WaitForAsync(Expired, m => m["repCertificationId"]?.GetValue<string>() == repCertification.ToString());
        message["contactId"]!.GetValue<string>().ShouldBe(reps[0].ToString());
        message["partnerId"]!.GetValue<string>().ShouldBe(partner.ToString());
        message["certificationId"]!.GetValue<string>().ShouldBe(certification.ToString());
        var view = await Api.PartnerViewAsync(partner);
        view.Body["activeReps"]!.GetValue<int>().ShouldBe(2);
        view.Body["certifiedReps"]!.GetValue<int>().ShouldBe(1);
        Number(view.Body, "certificationRate").ShouldBe(50m);
        var held = view.Body["reps"]!.AsArray().Single(r => r!["contactId"]!.GetValue<string>() == reps[0].ToString())!["certifications"]!.AsArray().Single()!;
        held["status"]!.GetValue<string>().ShouldBe("Expired");

        await Eventually.True(async () => await service.Database.ScalarAsync<long>(
            "SELECT count(*) FROM enablement.outbox_messages WHERE dispatched_at IS NULL") == 0, what: "every outbox row dispatched");
        await consumer.SettleAsync(service.Broker.Amqp, new ChannelPlatform.Contracts.Enablement.CertificationExpired(
            Guid.NewGuid(), DateTimeOffset.UtcNow, Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid()));
        consumer.Messages(Expired, m => m["repCertificationId"]?.GetValue<string>() == repCertification.ToString()).Count().ShouldBe(1);
    }

    [Fact]
    public async Task Two_racing_expiry_runs_over_many_due_certifications_expire_each_exactly_once()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, Expired);
        var partner = await _partners.ActiveAsync();
        var reps = await _partners.RepsAsync(partner, 12);
        var certification = await Api.CertificationAsync(validityMonths: 1);
        var issued = new List<Guid>();
        foreach (var rep in reps)
            issued.Add(Guid.Parse((await Api.PassAsync(rep, certification))["id"]!.GetValue<string>()));
        service.Advance(TimeSpan.FromDays(33));

        var results = await Task.WhenAll(service.ExpireAsync(), service.ExpireAsync());

        results.Sum().ShouldBeGreaterThanOrEqualTo(12);
        foreach (var id in issued)
            (await service.OutboxCountAsync(Expired, id)).ShouldBe(1, $"expired rows of {id}");
        await Eventually.True(() => Task.FromResult(consumer.Messages(Expired, ForeignConsumer.ForPartner(partner)).Count() >= 12), what: "12 certification-expired events");
        consumer.Messages(Expired, ForeignConsumer.ForPartner(partner)).Select(m => m["repCertificationId"]!.GetValue<string>())
            .ShouldBe(issued.Select(i => i.ToString()), ignoreOrder: true);
        (await Api.PartnerViewAsync(partner)).Body["certifiedReps"]!.GetValue<int>().ShouldBe(0);
    }

    [Fact]
    public async Task After_expiry_a_new_pass_issues_a_new_certification()
    {
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        var certification = await Api.CertificationAsync(validityMonths: 1);
        var first = await Api.PassAsync(rep, certification);
        service.Advance(TimeSpan.FromDays(33));
        await service.ExpireAsync();

        var second = await Api.PassAsync(rep, certification);

        second["id"]!.GetValue<string>().ShouldNotBe(first["id"]!.GetValue<string>());
        second["renewed"]!.GetValue<bool>().ShouldBeFalse();
        Date(second, "issuedOn").ShouldBe(service.Today);
        Date(second, "expiresOn").ShouldBe(service.Today.AddMonths(1));
        var held = (await Api.PartnerViewAsync(partner)).Body["reps"]!.AsArray().Single()!["certifications"]!.AsArray();
        held.Select(c => c!["status"]!.GetValue<string>()).ShouldBe(["Expired", "Active"]);
    }
}
