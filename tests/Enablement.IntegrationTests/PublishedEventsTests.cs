using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;
using static Enablement.IntegrationTests.TrainingApi;

namespace Enablement.IntegrationTests;

/// <summary>The enablement.* events of EVENTS.md, read as another team's plain-AMQP consumer reads them.</summary>
public sealed class PublishedEventsTests(EnablementServiceFixture service) : IClassFixture<EnablementServiceFixture>
{
    private const string MassTransitJson = "application/vnd.masstransit+json";
    private const string CourseCompleted = "enablement.course-completed";
    private const string CertificationEarned = "enablement.certification-earned";

    private readonly HttpClient _manager = service.Client(Roles.ChannelManager);
    private readonly PartnerEvents _partners = new(service);
    private TrainingApi Api => new(_manager);

    [Fact]
    public async Task Completing_a_course_publishes_course_completed()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, CourseCompleted);
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        var course = await Api.PublishedCourseAsync();
        var completedOn = service.Today.AddDays(-1);
        (await Api.CompleteAsync(rep, course, completedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))).Status.ShouldBe(HttpStatusCode.Created);

        var message = await Received(consumer, CourseCompleted, rep, partner);

        message["courseId"]!.GetValue<string>().ShouldBe(course.ToString());
        Date(message, "completedOn").ShouldBe(completedOn);
    }

    [Fact]
    public async Task Passing_an_exam_publishes_certification_earned_with_the_rep_certification()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, CertificationEarned);
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner, "SalesEngineer");
        var certification = await Api.CertificationAsync(validityMonths: 24);
        (await Api.AttemptAsync(rep, certification, 10)).Status.ShouldBe(HttpStatusCode.Created);
        var issued = await Api.PassAsync(rep, certification);

        var message = await Received(consumer, CertificationEarned, rep, partner);

        message["repCertificationId"]!.GetValue<string>().ShouldBe(issued["id"]!.GetValue<string>());
        message["certificationId"]!.GetValue<string>().ShouldBe(certification.ToString());
        Date(message, "issuedOn").ShouldBe(service.Today);
        Date(message, "expiresOn").ShouldBe(service.Today.AddMonths(24));
        consumer.Messages(CertificationEarned, ForeignConsumer.ForPartner(partner)).Count().ShouldBe(1, "a failed attempt earns nothing");
    }

    [Fact]
    public async Task A_renewal_publishes_certification_earned_again_with_the_extended_expiry()
    {
        await using var consumer = await ForeignConsumer.StartAsync(service.Broker.Amqp, CertificationEarned);
        var partner = await _partners.ActiveAsync();
        var rep = await _partners.ContactAsync(partner);
        var certification = await Api.CertificationAsync(validityMonths: 12);
        var issued = await Api.PassAsync(rep, certification);
        await Api.PassAsync(rep, certification);

        await Eventually.True(() => Task.FromResult(consumer.Messages(CertificationEarned, ForeignConsumer.ForPartner(partner)).Count() >= 2), what: "two certification-earned events");
        var expiries = consumer.Messages(CertificationEarned, ForeignConsumer.ForPartner(partner)).Select(m => Date(m, "expiresOn")).Order().ToList();
        expiries.ShouldBe([service.Today.AddMonths(12), service.Today.AddMonths(24)]);
        consumer.Messages(CertificationEarned, ForeignConsumer.ForPartner(partner)).Select(m => m["repCertificationId"]!.GetValue<string>()).Distinct()
            .ShouldBe([issued["id"]!.GetValue<string>()]);
    }

    /// <summary>Waits for the rep's event and checks the envelope and the fields every event carries.</summary>
    private async Task<JsonNode> Received(ForeignConsumer consumer, string exchange, Guid contactId, Guid partnerId)
    {
        var message = await consumer.WaitForAsync(exchange, m => m["contactId"]?.GetValue<string>() == contactId.ToString());
        var delivery = consumer.Deliveries.First(d => d.Exchange == exchange && ReferenceEquals(d.Envelope?["message"], message));
        delivery.ContentType.ShouldBe(MassTransitJson, exchange);
        delivery.MessageId.ShouldNotBeNullOrEmpty(exchange);
        Guid.TryParse(message["eventId"]?.GetValue<string>(), out var eventId).ShouldBeTrue($"{exchange} eventId");
        eventId.ShouldNotBe(Guid.Empty);
        DateTimeOffset.Parse(message["occurredAt"]!.GetValue<string>(), CultureInfo.InvariantCulture).ShouldBe(service.Now, TimeSpan.FromMilliseconds(1), "events happen on the service's clock");
        message["partnerId"]!.GetValue<string>().ShouldBe(partnerId.ToString());
        return message;
    }
}
