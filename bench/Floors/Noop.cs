namespace Bench.Floors;

/// <summary>An ASP.NET Core app built as the services are (the default builder), answering 200 on / with no work.</summary>
internal static class Noop
{
    public static async Task<int> RunAsync(string url)
    {
        var builder = WebApplication.CreateBuilder();
        Quiet(builder);
        var app = builder.Build();
        app.MapGet("/", () => Results.Ok());
        await app.RunAsync(url);
        return 0;
    }

    /// <summary>The services log Microsoft.AspNetCore at Warning: so do the floors, else logging is what they measure.</summary>
    public static void Quiet(WebApplicationBuilder builder) => builder.Logging.SetMinimumLevel(LogLevel.Warning);
}
