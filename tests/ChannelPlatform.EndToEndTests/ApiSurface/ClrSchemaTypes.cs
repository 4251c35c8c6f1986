using System.Reflection;
using ChannelPlatform.Gateway;

namespace ChannelPlatform.EndToEndTests.ApiSurface;

/// <summary>
/// The C# type behind a component schema: services name components by the namespace-qualified type name
/// (OpenApiDefaults.SchemaId, nested types with dots), the gateway by the bare name. Generic pages are left out.
/// </summary>
internal static class ClrSchemaTypes
{
    private static readonly Lazy<ILookup<string, Type>> ByName = new(Index);

    public static Type? Find(string schemaId) => ByName.Value[schemaId].FirstOrDefault();

    private static ILookup<string, Type> Index()
    {
        var assemblies = AppDomain.CurrentDomain.GetAssemblies()
            .Where(a => a.GetName().Name is { } name && (name.StartsWith("ChannelPlatform.", StringComparison.Ordinal)
                || name.EndsWith(".Api", StringComparison.Ordinal) || name.EndsWith(".Application", StringComparison.Ordinal)
                || name.EndsWith(".Domain", StringComparison.Ordinal)))
            .Append(typeof(GatewayApi).Assembly)
            .Append(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails).Assembly)
            .Distinct();
        var types = assemblies.SelectMany(Types).Where(t => !t.IsGenericType).ToList();
        var qualified = types.Select(t => (Key: (t.FullName ?? t.Name).Replace('+', '.'), Type: t));
        var bare = types.Where(t => t.Assembly == typeof(GatewayApi).Assembly).Select(t => (Key: t.Name, Type: t));
        return qualified.Concat(bare).ToLookup(p => p.Key, p => p.Type, StringComparer.Ordinal);
    }

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException partial)
        {
            return partial.Types.OfType<Type>();
        }
    }

    /// <summary>Non-nullable in C#: a value type that is not <c>T?</c>, or a reference type not annotated <c>?</c>.</summary>
    public static bool IsNonNullable(PropertyInfo property) =>
        property.PropertyType.IsValueType
            ? Nullable.GetUnderlyingType(property.PropertyType) is null
            : new NullabilityInfoContext().Create(property).ReadState == NullabilityState.NotNull;
}
