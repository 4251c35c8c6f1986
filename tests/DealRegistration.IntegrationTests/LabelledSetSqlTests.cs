using DealRegistration.Application.Abstractions;
using DealRegistration.Domain.Deals;
using DealRegistration.Infrastructure.Persistence;
using DealRegistration.UnitTests.Conflicts.Labelled;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Xunit.Abstractions;

namespace DealRegistration.IntegrationTests;

/// <summary>
/// The real conflict query against PostgreSQL agrees with the unit evaluation on every labelled pair: the first names
/// (and the background corpus) are open registrations counted by the trigger, each second name is checked through
/// <see cref="IConflictFinder"/> with its pair's own product, and its verdict must be <see cref="CorpusMatcher"/>'s.
/// </summary>
public sealed class LabelledSetSqlTests(DealServiceFixture service, ITestOutputHelper output) : IClassFixture<DealServiceFixture>
{
    [Fact]
    public async Task The_conflict_query_gives_every_labelled_pair_the_verdict_of_the_unit_evaluation()
    {
        var pairs = LabelledPairs.All;
        await using (var connection = new NpgsqlConnection(service.Database.ConnectionString))
        {
            await connection.OpenAsync();
            await BenchmarkSeed.CopyAsync(connection, BackgroundCorpus.Customers.Select(c => (Of(c, "background"), "background", false))
                .Concat(pairs.Select((p, i) => (Of(p.A, Product(i)), Product(i), false))));
        }

        var bySql = new Dictionary<LabelledPair, bool>();
        for (var i = 0; i < pairs.Count; i++)
            bySql[pairs[i]] = await ConflictsAsync(Of(pairs[i].B, Product(i)), Product(i));

        foreach (var part in new[] { LabelledPairs.Tune, LabelledPairs.Holdout })
            output.WriteLine($"{part,-9} SQL path  {Confusion.Of(LabelledPairs.Of(part), p => bySql[p])}");
        pairs.Where(p => bySql[p] != CorpusMatcher.ForLabelledSet.Conflicts(p)).Select(p => p.ToString()).ShouldBeEmpty();
    }

    private async Task<bool> ConflictsAsync(Customer customer, string product)
    {
        await using var scope = service.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DealsDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var found = await scope.ServiceProvider.GetRequiredService<IConflictFinder>().FindAsync(Guid.NewGuid(), customer, [product], service.Now, CancellationToken.None);
        await transaction.RollbackAsync();
        return found.Count > 0;
    }

    private static Customer Of(LabelledCustomer c, string product) => Customer.Of(c.Name, c.Domain, c.Country, c.Email, [product]);

    private static string Product(int pair) => $"pair-{pair}";
}
