using System.Reflection;
using ChannelPlatform.Application;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http;

namespace ChannelPlatform.Hosting.Input;

/// <summary>
/// The date rules of <see cref="InputLimits"/> for arguments bound from the route or query string (bodies are held by
/// the JSON converters): dates and timestamps within 2000–2099, a <c>year</c> from 2000 to 2099 — also inside
/// <c>[AsParameters]</c> records. Built once per endpoint: endpoints without such arguments get no filter at all.
/// </summary>
public static class ArgumentRulesFilter
{
    public static EndpointFilterDelegate Create(EndpointFilterFactoryContext factory, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var checks = factory.MethodInfo.GetParameters()
            .Select((p, i) => (Index: i, Check: CheckFor(p.Name ?? "value", p.ParameterType, p.GetCustomAttribute<AsParametersAttribute>() is not null)))
            .Where(c => c.Check is not null)
            .ToList();
        if (checks.Count == 0)
            return next;
        return context =>
        {
            var failures = new List<ValidationFailure>();
            foreach (var (index, check) in checks)
                check!(context.Arguments[index], failures);
            return failures.Count == 0 ? next(context) : throw new ValidationException(failures);
        };
    }

    private static Action<object?, List<ValidationFailure>>? CheckFor(string name, Type type, bool asParameters)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(DateOnly))
            return (v, f) => Fail(f, name, v is DateOnly d && !InputLimits.InRange(d), InputLimits.DateRule);
        if (underlying == typeof(DateTimeOffset))
            return (v, f) => Fail(f, name, v is DateTimeOffset t && !InputLimits.InRange(t), InputLimits.InstantRule);
        if (underlying == typeof(int) && name.Equals("year", StringComparison.OrdinalIgnoreCase))
            return (v, f) => Fail(f, name, v is int y && y is < 2000 or > 2099, "must be a year from 2000 to 2099");
        if (!asParameters)
            return null;
        var properties = underlying.GetProperties()
            .Select(p => (Property: p, Check: CheckFor(JsonName(p.Name), p.PropertyType, false)))
            .Where(p => p.Check is not null)
            .ToList();
        return properties.Count == 0 ? null : (v, f) => properties.ForEach(p => p.Check!(v is null ? null : p.Property.GetValue(v), f));
    }

    private static void Fail(List<ValidationFailure> failures, string name, bool broken, string rule)
    {
        if (broken)
            failures.Add(new ValidationFailure(name, $"'{name}' {rule}."));
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];
}
