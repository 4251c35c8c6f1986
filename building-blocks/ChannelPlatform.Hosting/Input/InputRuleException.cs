using System.Text.Json;

namespace ChannelPlatform.Hosting.Input;

/// <summary>A value in a request body that breaks an input rule; its message is the rule ("must be ..."), safe to show.</summary>
public sealed class InputRuleException(string rule) : JsonException(rule);
