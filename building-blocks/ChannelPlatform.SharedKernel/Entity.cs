namespace ChannelPlatform.SharedKernel;

public abstract class Entity
{
    public Guid Id { get; protected init; }

    protected static void CheckRule(IBusinessRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        if (rule.IsBroken())
            throw new BusinessRuleViolationException(rule);
    }
}
