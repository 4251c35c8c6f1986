using FluentValidation;
using FluentValidation.Validators;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// What the validators of the request bodies require: members with an unconditional <c>NotNull</c> or <c>NotEmpty</c>
/// rule, and members of nested objects (<c>customer.companyName</c>) whose rule holds whenever the object is given.
/// Rules over each item of a list constrain the items, not the list, and do not count. A body record mapped onto its
/// command in one line (CONVENTIONS.md) takes the rules of the validated command whose properties cover its own.
/// </summary>
internal sealed class ValidatedMembers
{
    private readonly HashSet<(Type Declaring, string Member)> _required = [];

    public ValidatedMembers(IServiceProvider services, IEnumerable<Type> requestTypes)
    {
        var validated = ValidatedTypes(services);
        foreach (var type in requestTypes)
        {
            var own = validated.FirstOrDefault(v => v.Type == type);
            var command = own.Type is not null ? own : CommandFor(type, validated);
            if (command.Validator is not null)
                Collect(type, command.Validator);
        }
    }

    /// <summary>The validated type whose properties include every property of the body, the closest such one.</summary>
    private static (Type Type, IValidator Validator) CommandFor(Type body, List<(Type Type, IValidator Validator)> validated)
    {
        var names = ClrProperties.Of(body).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (names.Count == 0)
            return default;
        return validated
            .Select(v => (Candidate: v, Properties: ClrProperties.Of(v.Type).Keys.ToHashSet(StringComparer.OrdinalIgnoreCase)))
            .Where(c => names.IsSubsetOf(c.Properties))
            .OrderBy(c => c.Properties.Count)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary>Every type a validator of the running service's assemblies validates, with that validator.</summary>
    private static List<(Type Type, IValidator Validator)> ValidatedTypes(IServiceProvider services) =>
        AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name?.EndsWith(".Application", StringComparison.Ordinal) == true)
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false })
            .SelectMany(t => t.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .Select(i => i.GetGenericArguments()[0])
            .Distinct()
            .Select(t => (Type: t, Validator: services.GetService(typeof(IValidator<>).MakeGenericType(t)) as IValidator))
            .Where(v => v.Validator is not null)
            .Select(v => (v.Type, v.Validator!))
            .ToList();

    public bool Requires(Type declaring, string member) => _required.Contains((declaring, member.ToLowerInvariant()));

    private void Collect(Type root, IValidator validator)
    {
        foreach (var rule in validator.CreateDescriptor().Rules)
        {
            if (rule.PropertyName is not { Length: > 0 } path || rule.GetType().Name.Contains("Collection", StringComparison.Ordinal))
                continue;
            var segments = path.Split('.');
            var presence = rule.Components.Any(c => c.Validator is INotNullValidator or INotEmptyValidator && (segments.Length > 1 || !c.HasCondition));
            if (presence && DeclaringType(root, segments) is { } declaring)
                _required.Add((declaring, segments[^1].ToLowerInvariant()));
        }
    }

    /// <summary>The type that declares the path's last member, following the properties before it.</summary>
    private static Type? DeclaringType(Type root, string[] segments)
    {
        var type = root;
        foreach (var segment in segments[..^1])
        {
            var property = ClrProperties.Of(type).GetValueOrDefault(segment);
            if (property is null)
                return null;
            type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        }

        return ClrProperties.Of(type).ContainsKey(segments[^1]) ? type : null;
    }
}
