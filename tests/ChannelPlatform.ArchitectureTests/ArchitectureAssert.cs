using NetArchTest.Rules;

namespace ChannelPlatform.ArchitectureTests;

internal static class ArchitectureAssert
{
    /// <summary>Fails naming every offending type, so the message says what to fix.</summary>
    public static void Passes(this ConditionList rule, string because)
    {
        var result = rule.GetResult();
        result.IsSuccessful.ShouldBeTrue($"{because}. Offending types: {string.Join(", ", result.FailingTypeNames ?? [])}");
    }

    public static void NoViolations(this IEnumerable<string> violations, string because)
    {
        var list = violations.ToList();
        list.ShouldBeEmpty($"{because}:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", list)}");
    }
}
