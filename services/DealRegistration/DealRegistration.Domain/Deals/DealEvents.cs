using ChannelPlatform.SharedKernel;

namespace DealRegistration.Domain.Deals;

public sealed record DealRegistered(Deal Deal, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealApproved(Deal Deal, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealRejected(Deal Deal, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealWon(Deal Deal, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealLost(Deal Deal, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealExpired(Deal Deal, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealProtectionExtended(Deal Deal, int Days, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealSlaAtRisk(Deal Deal, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record DealSlaBreached(Deal Deal, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CoSellRequested(Deal Deal, CoSellRequest Request, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CoSellAssigned(Deal Deal, CoSellRequest Request, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record CoSellCompleted(Deal Deal, CoSellRequest Request, DateTimeOffset OccurredAt) : IDomainEvent;
