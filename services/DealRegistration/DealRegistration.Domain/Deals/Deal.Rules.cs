using ChannelPlatform.SharedKernel;

namespace DealRegistration.Domain.Deals;

public sealed partial class Deal
{
    public CoSellRequest RequestCoSell(CoSellType type, string? notes, string by, DateTimeOffset now)
    {
        if (!IsOpen)
            throw new InvalidTransitionException($"Deal is {Status}; co-sell help is requested for open deals.");
        var request = new CoSellRequest(Id, type, notes, by, now);
        _coSellRequests.Add(request);
        Raise(new CoSellRequested(this, request, now));
        return request;
    }

    public CoSellRequest AssignCoSell(Guid requestId, string salesEngineer, DateTimeOffset now)
    {
        var request = FindCoSell(requestId);
        request.Assign(salesEngineer, now);
        Raise(new CoSellAssigned(this, request, now));
        return request;
    }

    public CoSellRequest CompleteCoSell(Guid requestId, string outcome, DateTimeOffset now)
    {
        var request = FindCoSell(requestId);
        request.Complete(outcome, now);
        Raise(new CoSellCompleted(this, request, now));
        return request;
    }

    private CoSellRequest FindCoSell(Guid requestId) =>
        _coSellRequests.SingleOrDefault(r => r.Id == requestId) ?? throw new KeyNotFoundException($"Co-sell request '{requestId}' was not found.");

    private sealed record ApprovingOverAnEarlierRegistrationNeedsAnOverride(int OpenConflicts, bool Override, string? Reason) : IBusinessRule
    {
        public bool IsBroken() => OpenConflicts > 0 && (!Override || string.IsNullOrWhiteSpace(Reason));

        public string Message =>
            $"The deal conflicts with {OpenConflicts} earlier open registration(s) of other partners; first to register wins. Approve with overrideConflicts: true and an overrideReason.";

        public RuleKind Kind => RuleKind.Conflict;
    }

    private sealed record ProtectionCanBeExtendedOnce(bool AlreadyExtended) : IBusinessRule
    {
        public bool IsBroken() => AlreadyExtended;

        public string Message => "The protection period has already been extended once.";

        public RuleKind Kind => RuleKind.Conflict;
    }
}
