namespace ChannelPlatform.SharedKernel;

public sealed class BusinessRuleViolationException : Exception
{
    public BusinessRuleViolationException(IBusinessRule rule)
        : base(rule?.Message)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Rule = rule;
        Kind = rule.Kind;
    }

    public IBusinessRule Rule { get; }

    public RuleKind Kind { get; }
}
