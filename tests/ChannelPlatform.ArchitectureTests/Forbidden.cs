namespace ChannelPlatform.ArchitectureTests;

/// <summary>Namespaces (prefixes) of the frameworks each layer must stay clear of.</summary>
internal static class Forbidden
{
    public const string EntityFramework = "Microsoft.EntityFrameworkCore";
    public const string MassTransit = "MassTransit";
    public const string Mediator = "Mediator";
    public const string FluentValidation = "FluentValidation";
    public const string AspNetCore = "Microsoft.AspNetCore";
    public const string Npgsql = "Npgsql";
    public const string PlatformApplication = "ChannelPlatform.Application";
    public const string PlatformInfrastructure = "ChannelPlatform.Infrastructure";
    public const string PlatformHosting = "ChannelPlatform.Hosting";

    /// <summary>Assembly names the BCL is made of (what a BCL-only assembly may reference).</summary>
    public static bool IsBcl(string assemblyName) =>
        assemblyName.StartsWith("System", StringComparison.Ordinal)
        || assemblyName.StartsWith("Microsoft.CSharp", StringComparison.Ordinal)
        || assemblyName.StartsWith("netstandard", StringComparison.Ordinal)
        || assemblyName == "mscorlib";
}
