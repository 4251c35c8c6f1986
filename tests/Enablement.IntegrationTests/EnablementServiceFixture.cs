using ChannelPlatform.Testing;
using Enablement.Api;
using Enablement.Application.Jobs;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Enablement.IntegrationTests;

/// <summary>
/// The Enablement service on its own database and virtual host, once per test class, on a clock the
/// tests move. The background expiry job is off: tests run the expiry command when they mean to.
/// </summary>
public class EnablementServiceFixture : ServiceFixture<EnablementApi>
{
    private readonly FakeTimeProvider _clock = new(DateTimeOffset.UtcNow);

    protected override string Prefix => "enablement";

    protected override FakeTimeProvider Clock => _clock;

    public DateTimeOffset Now => _clock.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    public void Advance(TimeSpan by) => _clock.Advance(by);

    protected override IReadOnlyDictionary<string, string?> Settings() =>
        new Dictionary<string, string?>(base.Settings()) { ["Expiry:Enabled"] = "false" };

    /// <summary>One run of the daily expiry, as the background job would run it.</summary>
    public async Task<int> ExpireAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ISender>().Send(new ExpireCertificationsCommand());
    }
}
