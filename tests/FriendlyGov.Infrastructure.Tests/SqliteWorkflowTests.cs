using System.Collections.Concurrent;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Rankings.GetRanking;
using FriendlyGov.Application.Units.GetUnitHistory;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Units;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>The workflow contract on SQLite, the embedded default: a fresh database file per test.</summary>
public sealed class SqliteWorkflowTests : WorkflowContract
{
    private readonly TempDirectory _folder = new();
    private readonly ConcurrentQueue<string> _sql = new();

    /// <inheritdoc />
    protected override void AddStores(IServiceCollection services) =>
        services.AddFriendlyGovSqlite(
            $"Data Source={Path.Combine(_folder.Path, "friendlygov.db")};Pooling=False",
            options => options.LogTo(_sql.Enqueue, [DbLoggerCategory.Database.Command.Name], LogLevel.Information));

    [Fact]
    public async Task The_ranking_and_a_units_history_read_the_kept_columns_filtered_in_the_database_never_the_scorecard()
    {
        // Full marks for both: 100 points, "excellent". Only Bình Lộc is a commune.
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);
        foreach (var unit in new[] { DongNai.TanPhong, DongNai.BinhLoc })
        {
            await RecordSelf(roundId, unit, FullMarks.All);
            await Reach(roundId, unit, AssessmentState.Finalized);
        }

        _sql.Clear();
        var communes = await SendAs(Actors.Administrator, new GetRanking(roundId, UnitKind.Commune));

        communes.Should().Equal(new RankingRow(1, DongNai.BinhLoc, "Xã Bình Lộc", UnitKind.Commune, 100m, "excellent"));
        var ranking = _sql.Should().ContainSingle(s => s.Contains("FROM \"assessments\"", StringComparison.Ordinal)).Subject;
        // Unordered in SQL: the ranking orders by rating, total and code in memory, once.
        ranking.Should().Contain("\"a\".\"RoundId\" = @").And.Contain("\"a\".\"FinalUnitKind\" = @").And.NotContain("ORDER BY")
            .And.NotContain("final_scorecard").And.NotContain("evidence");
        _sql.Should().NotContain(s => s.Contains("FROM \"units\"", StringComparison.Ordinal), "the kind is kept with the assessment");

        _sql.Clear();
        (await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetUnitHistory(DongNai.TanPhong))).Points.Should().ContainSingle().Which.Total.Should().Be(100m);
        var history = _sql.Should().ContainSingle(s => s.Contains("FROM \"assessments\"", StringComparison.Ordinal)).Subject;
        history.Should().Contain("\"a\".\"UnitCode\" = @").And.Contain("\"FinalPeriod\"").And.NotContain("final_scorecard").And.NotContain("evidence");
    }

    [Fact]
    public async Task A_ranking_reads_its_round_once_untracked_and_its_standings_from_the_final_standing_index_alone()
    {
        // Full marks for both: 100 points, "excellent", so they tie at rank 1, listed by code
        // (25996 Tân Phong before 26089 Bình Lộc). Only Bình Lộc is a commune.
        var roundId = await OpenRound([DongNai.TanPhong, DongNai.BinhLoc]);
        foreach (var unit in new[] { DongNai.TanPhong, DongNai.BinhLoc })
        {
            await RecordSelf(roundId, unit, FullMarks.All);
            await Reach(roundId, unit, AssessmentState.Finalized);
        }

        _sql.Clear();
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Actor = Actors.Administrator;
        var ranking = await scope.ServiceProvider.GetRequiredService<MediatR.IMediator>().Send(new GetRanking(roundId), Cancel);

        ranking.Select(r => (r.Rank, r.UnitCode)).Should().Equal((1, DongNai.TanPhong), (1, DongNai.BinhLoc));
        _sql.Where(s => s.Contains("FROM \"rounds\"", StringComparison.Ordinal)).Should().ContainSingle("the authorizer reads the round and the handler does not read it again");
        var context = scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>();
        context.ChangeTracker.Entries().Should().BeEmpty("a ranking only reads, so it keeps no tracked copy of the round and its unit codes");

        // The read never opens a row: SQLite answers from the covering index, and seeks a kind in it.
        var all = _sql.Single(s => s.Contains("FROM \"assessments\"", StringComparison.Ordinal));
        (await QueryPlan(context, all)).Should().Be("SEARCH a USING COVERING INDEX IX_assessments_final_standing (RoundId=?)");
        _sql.Clear();
        await SendAs(Actors.Administrator, new GetRanking(roundId, UnitKind.Commune));
        var communes = _sql.Single(s => s.Contains("FROM \"assessments\"", StringComparison.Ordinal));
        (await QueryPlan(context, communes)).Should().Be("SEARCH a USING COVERING INDEX IX_assessments_final_standing (RoundId=? AND FinalUnitKind=?)");
    }

    [Fact]
    public async Task A_retry_under_an_id_remembered_before_actors_were_kept_is_refused_not_crashed()
    {
        // A record kept before the BindIdempotencyToActorAndContent migration has an empty actor and
        // content hash: it cannot be told whose it was, so it answers no one.
        var roundId = await OpenRound([DongNai.TanPhong]);
        var record = new RecordEvidence(Guid.NewGuid(), roundId, DongNai.TanPhong, "G1.1.2", EvidenceSource.Self, new IndicatorEvidence { Met = true });
        await SendAs(Actors.OfficerOf(DongNai.TanPhong), record);
        await using (var scope = Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<FriendlyGovDbContext>().Database
                .ExecuteSqlRawAsync("""UPDATE idempotency SET "Actor" = '', "ContentHash" = '' WHERE upper("RequestId") = upper({0})""", [record.RequestId.ToString()], Cancel);
        }

        var failure = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () => SendAs(Actors.OfficerOf(DongNai.TanPhong), record));

        failure.Problems.Should().ContainSingle().Which.Path.Should().Be("requestId");
    }

    // SQLite's plan for a logged command: its SQL after the log's preamble, every parameter null.
    private static async Task<string> QueryPlan(FriendlyGovDbContext context, string logged)
    {
        var sql = logged[logged.IndexOf("SELECT", StringComparison.Ordinal)..];
        var connection = context.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open) await connection.OpenAsync(Cancel);
        await using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN " + sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"@\w+").Select(m => m.Value).Distinct(StringComparer.Ordinal))
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = DBNull.Value;
            command.Parameters.Add(parameter);
        }

        var steps = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(Cancel);
        while (await reader.ReadAsync(Cancel)) steps.Add(reader.GetString(3));
        return string.Join(" / ", steps);
    }

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
