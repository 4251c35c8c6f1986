using System.Net.Http.Headers;
using System.Text;

namespace ChannelPlatform.Testing;

/// <summary>A RabbitMQ virtual host of its own for one test class, so parallel classes never share queues.</summary>
public sealed class TestVirtualHost : IAsyncDisposable
{
    private readonly HttpClient _management;

    private TestVirtualHost(HttpClient management, string name, Uri amqp)
    {
        _management = management;
        Name = name;
        Amqp = amqp;
    }

    public string Name { get; }

    public Uri Amqp { get; }

    public static async Task<TestVirtualHost> CreateAsync(Uri amqpBase, Uri managementUri, string prefix)
    {
        var name = $"{prefix}-{Guid.NewGuid():N}";
        var userInfo = Uri.UnescapeDataString(managementUri.UserInfo);
        var management = new HttpClient { BaseAddress = new Uri(managementUri.GetLeftPart(UriPartial.Authority)) };
        management.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(userInfo)));
        var user = userInfo.Split(':')[0];
        (await management.PutAsync(new Uri($"/api/vhosts/{name}", UriKind.Relative), Json("{}"))).EnsureSuccessStatusCode();
        (await management.PutAsync(new Uri($"/api/permissions/{name}/{user}", UriKind.Relative), Json("""{"configure":".*","write":".*","read":".*"}"""))).EnsureSuccessStatusCode();
        var amqp = new UriBuilder(amqpBase) { Path = "/" + Uri.EscapeDataString(name) }.Uri;
        return new TestVirtualHost(management, name, amqp);
    }

    /// <summary>Messages waiting in a queue of this virtual host (management API; refreshed every few seconds by RabbitMQ).</summary>
    public async Task<bool> QueueExistsAsync(string queue)
    {
        using var response = await _management.GetAsync(new Uri($"/api/queues/{Name}/{Uri.EscapeDataString(queue)}", UriKind.Relative));
        return response.IsSuccessStatusCode;
    }

    public async ValueTask DisposeAsync()
    {
        using (await _management.DeleteAsync(new Uri($"/api/vhosts/{Name}", UriKind.Relative)))
        {
        }

        _management.Dispose();
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
