using ChannelPlatform.SharedKernel;
using Shouldly;

namespace ChannelPlatform.Testing.Domain;

/// <summary>kgrzybek-style assertions: the published event and the broken rule read as one line in a test.</summary>
public static class DomainAssert
{
    public static TEvent RaisedOnce<TEvent>(AggregateRoot aggregate)
        where TEvent : IDomainEvent =>
        aggregate.DomainEvents.OfType<TEvent>().ShouldHaveSingleItem();

    public static void NotRaised<TEvent>(AggregateRoot aggregate)
        where TEvent : IDomainEvent =>
        aggregate.DomainEvents.OfType<TEvent>().ShouldBeEmpty();

    public static BusinessRuleViolationException BrokenRule(Action action, RuleKind kind = RuleKind.Unprocessable)
    {
        var exception = Should.Throw<BusinessRuleViolationException>(action);
        exception.Kind.ShouldBe(kind);
        return exception;
    }

    public static InvalidValueException InvalidValue(Action action, string field)
    {
        var exception = Should.Throw<InvalidValueException>(action);
        exception.Field.ShouldBe(field);
        return exception;
    }

    public static InvalidTransitionException InvalidTransition(Action action) =>
        Should.Throw<InvalidTransitionException>(action);
}
