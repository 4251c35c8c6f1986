using System.Reflection;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>
/// The types a request body is made of: every body parameter's type and, recursively, the types of their
/// properties and items. A type found here and in an answer counts as a request type (the looser rule).
/// </summary>
internal sealed class RequestBodyTypes(IApiDescriptionGroupCollectionProvider apis)
{
    private readonly Lazy<HashSet<Type>> types = new(() => Collect(apis));

    public bool Contains(Type type) => types.Value.Contains(type);

    public IReadOnlyCollection<Type> All => types.Value;

    private static HashSet<Type> Collect(IApiDescriptionGroupCollectionProvider apis)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(apis.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .SelectMany(d => d.ParameterDescriptions)
            .Where(p => p.Source == BindingSource.Body && p.Type is not null)
            .Select(p => p.Type));
        while (pending.TryPop(out var type))
        {
            if (type.IsPrimitive || type == typeof(string) || !found.Add(type))
                continue;
            if (type.GetElementType() is { } element)
                pending.Push(element);
            foreach (var argument in type.GetGenericArguments())
                pending.Push(argument);
            if (type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true)
                continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                pending.Push(property.PropertyType);
        }

        return found;
    }
}
