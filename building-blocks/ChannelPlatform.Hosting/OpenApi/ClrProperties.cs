using System.Reflection;

namespace ChannelPlatform.Hosting.OpenApi;

/// <summary>The C# side of a schema: its public properties by JSON name (camelCase or not), and what C# says of their nullability.</summary>
internal static class ClrProperties
{
    public static Dictionary<string, PropertyInfo> Of(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .GroupBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

    /// <summary><c>int?</c>, <c>string?</c>, <c>Tier?</c>: yes; <c>int</c>, <c>string</c>, <c>Tier</c>: no.</summary>
    public static bool IsNullable(PropertyInfo property)
    {
        ArgumentNullException.ThrowIfNull(property);
        return property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is not null
            : new NullabilityInfoContext().Create(property).ReadState is not NullabilityState.NotNull;
    }
}
