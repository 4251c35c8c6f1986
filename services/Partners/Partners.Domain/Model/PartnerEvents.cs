using ChannelPlatform.SharedKernel;
using Partners.Domain.Tiers;

namespace Partners.Domain.Model;

public sealed record PartnerProspectCreated(Partner Partner, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartnerEvaluated(Partner Partner, decimal FitScore, bool Qualified, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartnerActivated(Partner Partner, TierDefinition Tier, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartnerSuspended(Partner Partner, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartnerReactivated(Partner Partner, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartnerTerminated(Partner Partner, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record PartnerTierChanged(Partner Partner, PartnerTier FromTier, TierDefinition ToTier, string Reason, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AgreementDrafted(Partner Partner, Agreement Agreement, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record AgreementSigned(Partner Partner, Agreement Agreement, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ContactAdded(Partner Partner, Contact Contact, DateTimeOffset OccurredAt) : IDomainEvent;

public sealed record ContactDeactivated(Partner Partner, Contact Contact, DateTimeOffset OccurredAt) : IDomainEvent;
