using System.Net;
using ChannelPlatform.Application.Security;
using static Revenue.IntegrationTests.RevenueClient;

namespace Revenue.IntegrationTests;

/// <summary>
/// The Revenue service with two partners, A and B, each with a booking, an open deal, a payout, MDF requests
/// and a claim, plus a direct booking: built once for the scoping tests, which only read it or are refused.
/// </summary>
public sealed class RevenueScopingWorld : IAsyncLifetime
{
    public const decimal WonA = 20_000m;
    public const decimal OpenA = 10_000m;

    public RevenueServiceFixture Service { get; } = new();

    public Guid A { get; private set; }

    public Guid B { get; private set; }

    public Guid DealB { get; private set; }

    public Guid BookingA { get; private set; }

    public Guid BookingB { get; private set; }

    public Guid Direct { get; private set; }

    public Guid PayoutA { get; private set; }

    public Guid PayoutB { get; private set; }

    public Guid RequestA { get; private set; }

    public Guid RequestB { get; private set; }

    public Guid PendingA { get; private set; }

    public Guid PendingB { get; private set; }

    public Guid ClaimA { get; private set; }

    public Guid ClaimB { get; private set; }

    public string Quarter => QuarterOf(Service.Today);

    public async Task InitializeAsync()
    {
        await Service.InitializeAsync();
        var events = new UpstreamEvents(Service);
        var api = new RevenueClient(Service.Client(Roles.ChannelManager));
        var mdf = new MdfClient(api.Client);
        var today = Service.Today;

        A = await events.PartnerAsync();
        B = await events.PartnerAsync();
        BookingA = IdOf(await api.BookingOfDealAsync(await events.WonDealAsync(A, WonA, today)));
        DealB = await events.WonDealAsync(B, 50_000m, today);
        BookingB = IdOf(await api.BookingOfDealAsync(DealB));
        await events.ApprovedDealAsync(A, OpenA, today);
        await events.ApprovedDealAsync(B, 70_000m, today);

        var direct = await api.DirectAsync(90_000m, today);
        direct.Status.ShouldBe(HttpStatusCode.Created, direct.ToString());
        Direct = direct.Id;
        PayoutA = await PayoutAsync(api, A);
        PayoutB = await PayoutAsync(api, B);

        foreach (var partner in new[] { A, B })
            await mdf.FundAsync(partner, 10_000m, today.Year);
        RequestA = await mdf.ApprovedAsync(A, 2_000m, today);
        RequestB = await mdf.ApprovedAsync(B, 2_000m, today);
        PendingA = await mdf.SubmittedAsync(A, 1_000m, today);
        PendingB = await mdf.SubmittedAsync(B, 1_000m, today);
        ClaimA = await mdf.ClaimedAsync(RequestA, 500m);
        ClaimB = await mdf.ClaimedAsync(RequestB, 500m);
    }

    public Task DisposeAsync() => Service.DisposeAsync();

    private async Task<Guid> PayoutAsync(RevenueClient api, Guid partner)
    {
        var payout = await api.PayoutAsync(partner, Quarter);
        payout.Status.ShouldBe(HttpStatusCode.Created, payout.ToString());
        return payout.Id;
    }
}
