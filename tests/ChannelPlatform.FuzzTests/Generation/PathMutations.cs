namespace ChannelPlatform.FuzzTests.Generation;

/// <summary>A path parameter (or, where there is none, an extra segment) with a bad value, percent-encoded as sent.</summary>
public static class PathMutations
{
    private static readonly (string Label, string Value)[] Values =
    [
        ("not-a-guid", "not-a-guid"), ("empty guid", Guid.Empty.ToString()), ("unknown guid", "0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c99"),
        ("%00", "%00"), ("NUL inside", "0195f0c2%007a3e"), ("emoji", "%F0%9F%9A%80"), ("300 chars", new string('a', 300)),
        ("encoded slashes", "..%2F..%2Fadmin"), ("dot segments", "%2e%2e"), ("a number", "1e16"), ("ß", "%C3%9F"),
        ("guid in braces", "%7B0195f0c2-7a3e-7cc1-9b1e-2f4d8a6b5c10%7D"), ("encoded space", "%20"),
    ];

    public static FuzzRequest Apply(FuzzRequest baseline, string template, Random random)
    {
        ArgumentNullException.ThrowIfNull(baseline);
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(random);
        var (label, value) = Values[random.Next(Values.Length)];
        var templateSegments = template.Split('/');
        var path = baseline.Target.Split('?')[0].Split('/');
        var parameters = Enumerable.Range(0, templateSegments.Length).Where(i => templateSegments[i].StartsWith('{')).ToList();
        string target;
        string name;
        if (parameters.Count == 0)
        {
            name = "(extra segment)";
            target = $"{string.Join('/', path)}/{value}";
        }
        else
        {
            var index = parameters[random.Next(parameters.Count)];
            name = templateSegments[index];
            path[index] = value;
            target = string.Join('/', path);
        }

        return baseline with { Category = "path", Mutation = $"{name} = {label}", Target = target };
    }
}
