using System.Text.Json.Nodes;

namespace ChannelPlatform.FuzzTests.Api;

/// <summary>One operation of an OpenAPI document, as much of it as the generator needs.</summary>
/// <param name="Document">The document's name at the gateway (<c>/swagger/{Document}/swagger.json</c>).</param>
/// <param name="Path">The path template, e.g. <c>/api/v1/partners/{id}/contacts</c>.</param>
/// <param name="Body">The documented JSON request body's example, or null when the operation takes no body.</param>
public sealed record Operation(
    string Document,
    HttpMethod Method,
    string Path,
    IReadOnlyList<Parameter> Parameters,
    JsonNode? Body,
    bool Anonymous,
    IReadOnlyList<string> Statuses)
{
    public string Name => $"{Method.Method} {Path}";

    public bool TakesBody => Body is not null;

    /// <summary>Whether the gateway routes it: the operational <c>/admin/…</c> endpoints are reached on the service's own port.</summary>
    public bool Routed => Document == "gateway" || Path.StartsWith("/api/", StringComparison.Ordinal);

    public IEnumerable<Parameter> Query => Parameters.Where(p => p.In == "query");

    public override string ToString() => Name;
}

/// <summary>A path or query parameter; <paramref name="Format"/> is the schema's type and format, e.g. <c>string/date</c>.</summary>
public sealed record Parameter(string Name, string In, bool Required, string Format, IReadOnlyList<string> Enum);
