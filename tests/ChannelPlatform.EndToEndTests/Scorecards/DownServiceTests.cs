using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace ChannelPlatform.EndToEndTests.Scorecards;

/// <summary>The real platform with one service down (its address a closed port): the scorecards degrade, they do not fail.</summary>
[Collection(FullPlatformCollection.Name)]
public sealed class DownServiceTests(FullPlatformFixture platform)
{
    private const int Budget = 2000;

    [Fact]
    public async Task With_Enablement_down_both_scorecards_answer_within_the_budget_and_name_it()
    {
        var gateway = platform.StartGateway(new Dictionary<string, string?>
        {
            ["Services:Enablement"] = $"http://127.0.0.1:{ClosedPort()}",
            ["Scorecard:BudgetMilliseconds"] = Budget.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var manager = await platform.ClientAsync(Roles.ChannelManager, gateway: gateway);
        var partner = await manager.ActivePartnerAsync();

        var clock = Stopwatch.StartNew();
        var program = await manager.GetJson($"/api/v1/program/scorecard");
        var card = await manager.GetJson($"/api/v1/partners/{partner}/scorecard");
        clock.Stop();

        program.Status.ShouldBe(HttpStatusCode.OK, program.ToString());
        program.Body["unavailable"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldContain("Enablement");
        program.Body["metrics"]!["certificationRate"].ShouldBeNull();
        program.Body["metrics"]!["newPartners"]!["value"].ShouldNotBeNull();
        program.Body["metrics"]!["dealRegistrationTurnaround"].ShouldNotBeNull();
        card.Status.ShouldBe(HttpStatusCode.OK, card.ToString());
        card.Body["unavailable"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldContain("Enablement");
        card.Body["certification"].ShouldBeNull();
        card.Body["partner"]!["status"]!.GetValue<string>().ShouldBe("Active");
        clock.Elapsed.ShouldBeLessThan(TimeSpan.FromMilliseconds(2 * (Budget + 500)));
    }

    /// <summary>A loopback port nobody listens on (bound, then released).</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
