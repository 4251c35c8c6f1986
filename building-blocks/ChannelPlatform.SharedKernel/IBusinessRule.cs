namespace ChannelPlatform.SharedKernel;

/// <summary>A named business rule (kgrzybek style): <c>CheckRule(new DealCannotBeApprovedTwice(...))</c>.</summary>
public interface IBusinessRule
{
    bool IsBroken();

    string Message { get; }

    /// <summary>How a broken rule surfaces: a wrong state is a conflict (409), anything else is unprocessable (422).</summary>
    RuleKind Kind => RuleKind.Unprocessable;
}

public enum RuleKind
{
    Unprocessable,
    Conflict,
}
