using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>The workflow contract on SQLite, the embedded default: a fresh database file per test.</summary>
public sealed class SqliteWorkflowTests : WorkflowContract
{
    private readonly TempDirectory _folder = new();

    /// <inheritdoc />
    protected override void AddStores(IServiceCollection services) =>
        services.AddFriendlyGovSqlite($"Data Source={Path.Combine(_folder.Path, "friendlygov.db")};Pooling=False");

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

    /// <inheritdoc />
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
