using FriendlyGov.Application.Assessments.RecordEvidenceInBulk;
using FriendlyGov.Application.Conduct.RecordObservationsInBulk;
using FriendlyGov.Application.Dossiers.ImportDossierStatistics;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Tests.InMemory;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Evidence;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;

namespace FriendlyGov.Application.Tests.Telemetry;

/// <summary>Every bulk request is capped at <see cref="FriendlyGovOptions.MaxRowsPerRequest"/> rows, in the library, whatever transport it came by.</summary>
public sealed class RowLimitTests : IDisposable
{
    private readonly ServiceProvider _services;

    public RowLimitTests()
    {
        // A limit of 2 rows, so that 3 rows (one over) is the smallest request that is refused.
        var services = new ServiceCollection().AddFriendlyGov(options => options.MaxRowsPerRequest = 2).AddInMemoryStores();
        services.AddScoped<ICurrentActor>(_ => new TestActor { Actor = Actors.Administrator });
        services.AddSingleton<IClock>(new FakeClock(Instant.FromUtc(2025, 1, 10, 2, 0)));
        _services = services.BuildServiceProvider();
    }

    public static TheoryData<string> BulkRequests => new("units", "unitCodes", "entries", "observations", "rows");

    [Fact]
    public void The_default_limit_is_a_hundred_thousand_rows() => new FriendlyGovOptions().MaxRowsPerRequest.Should().Be(100_000);

    [Fact]
    public void A_limit_below_one_row_is_refused() =>
        FluentActions.Invoking(() => new FriendlyGovOptions { MaxRowsPerRequest = 0 }).Should().Throw<ArgumentException>();

    [Theory]
    [MemberData(nameof(BulkRequests))]
    public async Task A_bulk_request_one_row_over_the_limit_is_not_valid_and_the_problem_names_the_limit(string field)
    {
        var failure = await FluentActions.Awaiting(() => Send(OverTheLimit(field))).Should().ThrowAsync<ValidationException>();


        failure.Which.Problems.Should().ContainSingle().Which.Should().Be(
            new Domain.Problem(field, "3 rows is more than the limit of 2 rows in one request (MaxRowsPerRequest); send them in several requests"));
    }

    [Fact]
    public async Task A_bulk_request_at_the_limit_is_checked_row_by_row_as_before()
    {
        // Two units, the limit exactly: accepted and registered.
        RegisterUnitsResult? result = null;
        await Send(async mediator => result = await mediator.Send(new RegisterUnits(Guid.NewGuid(), [.. DongNai.Registrations.Take(2)]), TestContext.Current.CancellationToken));

        result!.Added.Should().HaveCount(2);
    }

    public void Dispose() => _services.Dispose();

    private static Func<IMediator, Task> OverTheLimit(string field)
    {
        var cancel = TestContext.Current.CancellationToken;
        var round = Guid.NewGuid();
        var evidence = new EvidenceInput(DongNai.TanPhong, "G1.1", new IndicatorEvidence(), null);
        return field switch
        {
            "units" => m => m.Send(new RegisterUnits(Guid.NewGuid(), [.. DongNai.Registrations.Take(3)]), cancel),
            "unitCodes" => m => m.Send(new OpenRound(Guid.NewGuid(), DongNai.Framework, "2024", DongNai.Province, [DongNai.TanPhong, DongNai.BinhLoc, DongNai.TanPhu], new LocalDate(2025, 1, 31), new LocalDate(2025, 2, 28)), cancel),
            "entries" => m => m.Send(new RecordEvidenceInBulk(Guid.NewGuid(), round, EvidenceSource.Self, [evidence, evidence, evidence]), cancel),
            "observations" => m => m.Send(new RecordObservationsInBulk(Guid.NewGuid(), [null!, null!, null!]), cancel),
            "rows" => m => m.Send(new ImportDossierStatistics(Guid.NewGuid(), "one-stop", [null!, null!, null!]), cancel),
            _ => throw new ArgumentOutOfRangeException(nameof(field)),
        };
    }

    private async Task Send(Func<IMediator, Task> send)
    {
        await using var scope = _services.CreateAsyncScope();
        await send(scope.ServiceProvider.GetRequiredService<IMediator>());
    }
}
