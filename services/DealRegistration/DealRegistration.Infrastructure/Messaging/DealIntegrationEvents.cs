using ChannelPlatform.Application.Messaging;
using ChannelPlatform.Contracts;
using ChannelPlatform.SharedKernel;
using DealRegistration.Domain.Campaigns;
using DealRegistration.Domain.Deals;
using DealRegistration.Domain.Leads;
using Contract = ChannelPlatform.Contracts.DealRegistration;

namespace DealRegistration.Infrastructure.Messaging;

/// <summary>Everything DealRegistration publishes, in one place: domain event → integration event (EVENTS.md).</summary>
internal sealed class DealIntegrationEvents : IIntegrationEventMapper
{
    public IEnumerable<IIntegrationEvent> Map(IDomainEvent domainEvent)
    {
        var id = Guid.CreateVersion7();
        IIntegrationEvent? mapped = domainEvent switch
        {
            DealRegistered e => new Contract.DealRegistered(
                id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId,
                new Contract.DealCustomer(e.Deal.Customer.CompanyName, e.Deal.Customer.Domain, e.Deal.Customer.Country),
                e.Deal.Products, e.Deal.EstimatedValue, e.Deal.Currency, e.Deal.ExpectedCloseDate, e.Deal.CampaignId, e.Deal.Conflicts.Count),
            DealApproved e => new Contract.DealApproved(
                id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId, e.Deal.EstimatedValue, e.Deal.Currency, e.Deal.ExpectedCloseDate,
                e.Deal.ProtectionExpiresAt!.Value, e.Deal.DecisionHours ?? 0, e.Deal.CampaignId),
            DealRejected e => new Contract.DealRejected(id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId, e.Deal.Reason ?? string.Empty, e.Deal.DecisionHours ?? 0),
            DealSlaAtRisk e => new Contract.DealSlaAtRisk(id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId, e.Deal.DecisionDueAt),
            DealSlaBreached e => new Contract.DealSlaBreached(id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId, e.Deal.DecisionDueAt),
            DealWon e => new Contract.DealWon(id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId, e.Deal.ActualValue!.Value, e.Deal.Currency, e.Deal.ClosedOn!.Value, e.Deal.CampaignId),
            DealLost e => new Contract.DealLost(id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId, e.Deal.Reason ?? string.Empty),
            DealExpired e => new Contract.DealExpired(id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId),
            CoSellRequested e => new Contract.CoSellRequested(id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId, e.Request.Id, e.Request.Type.ToString()),
            CoSellAssigned e => new Contract.CoSellAssigned(id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId, e.Request.Id, e.Request.Type.ToString(), e.Request.SalesEngineer!),
            CoSellCompleted e => new Contract.CoSellCompleted(
                id, e.OccurredAt, e.Deal.Id, e.Deal.PartnerId, e.Request.Id, e.Request.Type.ToString(), e.Request.SalesEngineer!, e.Request.Outcome!),
            LeadAssignedEvent e => new Contract.LeadAssigned(id, e.OccurredAt, e.Lead.Id, e.Lead.CampaignId, e.Lead.PartnerId!.Value),
            LeadExpiredEvent e => new Contract.LeadExpired(id, e.OccurredAt, e.Lead.Id, e.Lead.CampaignId, e.PartnerId),
            CampaignCreated e => new Contract.CampaignCreated(
                id, e.OccurredAt, e.Campaign.Id, e.Campaign.Name, e.Campaign.Type.ToString(), e.Campaign.PartnerIds,
                e.Campaign.StartsOn, e.Campaign.EndsOn),
            _ => null, // protection extended, lead converted: internal only
        };
        return mapped is null ? [] : [mapped];
    }
}
