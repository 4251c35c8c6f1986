using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts;
using ChannelPlatform.SharedKernel;
using Enablement.Domain.Certifications;
using Enablement.Domain.Courses;
using Contract = ChannelPlatform.Contracts.Enablement;

namespace Enablement.Infrastructure.Messaging;

/// <summary>Everything Enablement publishes, in one place: domain event → integration event (EVENTS.md).</summary>
internal sealed class EnablementIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        var id = Guid.CreateVersion7();
        IIntegrationEvent? mapped = domainEvent switch
        {
            CourseCompletedEvent e => new Contract.CourseCompleted(id, e.OccurredAt, e.Completion.ContactId, e.Completion.PartnerId, e.Completion.CourseId, e.Completion.CompletedOn),
            CertificationEarnedEvent e => new Contract.CertificationEarned(
                id, e.OccurredAt, e.RepCertification.Id, e.RepCertification.ContactId, e.RepCertification.PartnerId, e.RepCertification.CertificationId,
                e.RepCertification.IssuedOn, e.RepCertification.ExpiresOn),
            CertificationExpiredEvent e => new Contract.CertificationExpired(
                id, e.OccurredAt, e.RepCertification.Id, e.RepCertification.ContactId, e.RepCertification.PartnerId, e.RepCertification.CertificationId),
            _ => null,
        };
        return mapped is null ? [] : [mapped];
    }
}
