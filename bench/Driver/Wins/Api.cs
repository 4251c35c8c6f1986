using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Bench.Driver.Wins;

/// <summary>Commands through the gateway as a client sends them; the answer's status and, on 2xx, its id.</summary>
internal sealed class Api(HttpClient http)
{
    public async Task<(int Status, Guid? Id)> PostAsync(string path, string token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var status = (int)response.StatusCode;
        if (!response.IsSuccessStatusCode)
            return (status, null);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (status, json.RootElement.TryGetProperty("id", out var id) ? id.GetGuid() : null);
    }

    /// <summary>A development token from the gateway (Development only): a manager's, or a partner user's.</summary>
    public async Task<string> TokenAsync(string role, Guid? partnerId = null)
    {
        using var response = await http.PostAsJsonAsync("/api/v1/auth/dev-token", new { role, partnerId, name = "bench" });
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("accessToken").GetString()!;
    }
}
