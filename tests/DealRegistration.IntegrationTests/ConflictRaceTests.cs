using ChannelPlatform.Application.Security;
using ChannelPlatform.Testing;

namespace DealRegistration.IntegrationTests;

/// <summary>
/// First to register wins, also at the same instant: two partners registering similar (not identical) names of one
/// customer at once never both miss each other, because each takes locks on its rare match keys before looking.
/// </summary>
public sealed class ConflictRaceTests(DealServiceFixture service) : IClassFixture<DealServiceFixture>
{
    public const int Rounds = 100;
    private readonly HttpClient _first = service.Client(Roles.ChannelManager);
    private readonly HttpClient _second = service.Client(Roles.ChannelManager);

    [Fact]
    public async Task Two_similar_names_registered_at_the_same_instant_by_two_partners_never_both_miss_each_other()
    {
        var partners = new PartnerEvents(service);
        var (first, second) = (await partners.ActiveAsync(), await partners.ActiveAsync());
        var missed = new List<string>();
        for (var round = 0; round < Rounds; round++)
        {
            var (a, b) = SimilarNames(round);
            var product = DealApi.UniqueProduct();
            using var start = new SemaphoreSlim(0, 2);
            var left = Register(_first, start, first, a, product);
            var right = Register(_second, start, second, b, product);
            start.Release(2);
            var answers = await Task.WhenAll(left, right);
            answers.ShouldAllBe(x => x.Status == System.Net.HttpStatusCode.Created);
            var seen = answers.Sum(x => x.Body["conflicts"]!.AsArray().Count);
            if (seen == 0)
                missed.Add($"round {round}: '{a}' / '{b}'");
        }

        missed.ShouldBeEmpty($"{missed.Count} of {Rounds} simultaneous pairs missed each other");
    }

    /// <summary>A rare invented word per round, written three ways that normalise differently: extra words, a typo, an abbreviation.</summary>
    private static (string A, string B) SimilarNames(int round)
    {
        var word = "Zor" + Guid.NewGuid().ToString("N")[..6].Replace('0', 'q').Replace('1', 'w');
        return (round % 3) switch
        {
            0 => ($"{word} Logistics", $"The {word} Logistics Group Europe"),
            1 => ($"{word}ia Systems", $"{word[..^1]}{word[^1]}{word[^1]}ia Systems"),
            _ => ($"{word} Enterprises", $"{word} Ent."),
        };
    }

    private static async Task<Answer> Register(HttpClient client, SemaphoreSlim start, Guid partner, string company, string product)
    {
        await start.WaitAsync();
        return await client.PostJson("/api/v1/deals", DealApi.NewDeal(partner, company, products: [product]));
    }
}
