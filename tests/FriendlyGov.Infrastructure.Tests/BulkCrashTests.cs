using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// Killing the process during a bulk recording leaves the database as before that call. A child
/// process (<c>tests/FriendlyGov.Infrastructure.Tests.BulkWriter</c>, built with the solution)
/// seeds a SQLite file with units, officials and three observations, then sends a
/// <c>RecordObservationsInBulk</c> of 100,000 rows; the test kills it while SaveChanges is
/// inserting them, then opens the file and finds the three observations and nothing else.
/// </summary>
/// <remarks>
/// Two ways to land the kill inside the save: as soon as the child has started inserting and
/// SQLite's write-ahead log has grown, which is how a real crash would come; and with the child
/// stopped for good once the bulk path has written 20,000 rows inside the open transaction, which cannot miss.
/// Each test gives itself 150 seconds: a child process starts, migrates and builds 100,000 rows, which took over 55 s on two cores shared with other builds.
/// </remarks>
public sealed class BulkCrashTests : IDisposable
{
    private const string Child = "FriendlyGov.Infrastructure.Tests.BulkWriter";
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(150);
    private readonly TempDirectory _folder = new();
    private readonly CancellationTokenSource _timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

    public BulkCrashTests() => _timeout.CancelAfter(Deadline);

    private string Database => Path.Combine(_folder.Path, "friendlygov.db");

    private CancellationToken Cancel => _timeout.Token;

    [Fact]
    public async Task Killing_the_process_while_it_saves_a_bulk_of_100000_observations_leaves_the_database_as_before()
    {
        await Seed();
        var before = await Snapshot();
        before.Observations.Should().Be(3);

        await using (var bulk = ChildProcess.Start(["bulk", Database], Cancel))
        {
            await bulk.WaitForLine("saving");
            var wal = Database + "-wal";
            var walAtStart = SizeOf(wal);
            var watch = Stopwatch.StartNew();
            while (SizeOf(wal) < walAtStart + (1 << 20) && watch.Elapsed < TimeSpan.FromSeconds(3) && !bulk.Saw("committed")) await Task.Delay(20, Cancel);
            var walAtKill = SizeOf(wal);
            await bulk.Kill();

            bulk.Saw("committed").Should().BeFalse($"the kill must land before the commit; the child wrote:{Environment.NewLine}{bulk.Output}");
            walAtKill.Should().BeGreaterThan(walAtStart, "the child was writing the bulk's rows when it was killed");
        }

        (await Snapshot()).Should().Be(before, "the killed bulk's transaction never committed");

        // The database still works, and the bulk can be sent again.
        await using var again = ChildProcess.Start(["bulk", Database, "1000"], Cancel);
        (await again.WaitForLine("committed")).Should().StartWith("committed 1000 ");
        (await Snapshot()).Observations.Should().Be(1_003);
    }

    [Fact]
    public async Task Killing_the_process_held_inside_the_bulks_transaction_leaves_the_database_as_before()
    {
        await Seed();
        var before = await Snapshot();

        await using (var bulk = ChildProcess.Start(new Dictionary<string, string> { ["FRIENDLYGOV_BULK_HOLD_AFTER"] = "20000" }, ["bulk", Database], Cancel))
        {
            await bulk.WaitForLine("holding");
            SizeOf(Database + "-wal").Should().BeGreaterThan(0, "20,000 rows inserted in the open transaction spill into the write-ahead log");
            await bulk.Kill();
            bulk.Saw("committed").Should().BeFalse();
        }

        (await Snapshot()).Should().Be(before);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _timeout.Dispose();
        _folder.Dispose();
    }

    private static long SizeOf(string file) => File.Exists(file) ? new FileInfo(file).Length : 0;

    private async Task Seed()
    {
        await using var seed = ChildProcess.Start(["seed", Database], Cancel);
        await seed.WaitForLine("seeded");
        await seed.WaitForExit();
    }

    /// <summary>What a bulk must leave as it was: the rows of the tables it writes to, and a sound file.</summary>
    private async Task<Counts> Snapshot()
    {
        await using var connection = new SqliteConnection($"Data Source={Database};Pooling=False");
        await connection.OpenAsync(Cancel);

        async Task<string> Scalar(string sql)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToString(await command.ExecuteScalarAsync(Cancel), System.Globalization.CultureInfo.InvariantCulture)!;
        }

        return new Counts(
            long.Parse(await Scalar("SELECT COUNT(*) FROM observations"), System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(await Scalar("SELECT COUNT(*) FROM audit_trail"), System.Globalization.CultureInfo.InvariantCulture),
            long.Parse(await Scalar("SELECT COUNT(*) FROM idempotency"), System.Globalization.CultureInfo.InvariantCulture),
            await Scalar("PRAGMA integrity_check"));
    }

    private sealed record Counts(long Observations, long AuditEntries, long IdempotencyRecords, string Integrity);

    /// <summary>The child process, started with <c>dotnet</c> on its built dll, and the lines it writes.</summary>
    private sealed class ChildProcess : IAsyncDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];
        private readonly Lock _gate = new();
        private readonly CancellationToken _cancel;
        private readonly Task _reading;
        private readonly Task<string> _errors;

        private ChildProcess(Process process, CancellationToken cancel)
        {
            _process = process;
            _cancel = cancel;
            _reading = Task.Run(ReadAsync, CancellationToken.None);
            _errors = process.StandardError.ReadToEndAsync(CancellationToken.None);
        }

        public string Output
        {
            get
            {
                lock (_gate) return string.Join(Environment.NewLine, _lines);
            }
        }

        public static ChildProcess Start(string[] arguments, CancellationToken cancel) => Start(new Dictionary<string, string>(), arguments, cancel);

        public static ChildProcess Start(IReadOnlyDictionary<string, string> environment, string[] arguments, CancellationToken cancel)
        {
            var start = new ProcessStartInfo(DotnetHost())
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(ChildDll());
            foreach (var argument in arguments) start.ArgumentList.Add(argument);
            start.Environment.Remove("FRIENDLYGOV_BULK_HOLD_AFTER");
            foreach (var (name, value) in environment) start.Environment[name] = value;
            return new ChildProcess(Process.Start(start) ?? throw new InvalidOperationException("The child process did not start."), cancel);
        }

        public bool Saw(string prefix)
        {
            lock (_gate) return _lines.Exists(l => l.StartsWith(prefix, StringComparison.Ordinal));
        }

        /// <summary>Waits until the child writes a line starting with <paramref name="prefix"/>; fails if it exits first or time runs out.</summary>
        public async Task<string> WaitForLine(string prefix)
        {
            while (true)
            {
                lock (_gate)
                {
                    if (_lines.Find(l => l.StartsWith(prefix, StringComparison.Ordinal)) is { } line) return line;
                }

                if (_reading.IsCompleted)
                {
                    await _process.WaitForExitAsync(CancellationToken.None);
                    throw new InvalidOperationException($"The child exited ({_process.ExitCode}) without writing '{prefix}'. It wrote:{Environment.NewLine}{Output}{Environment.NewLine}{await _errors}");
                }

                try
                {
                    await Task.Delay(10, _cancel);
                }
                catch (OperationCanceledException)
                {
                    throw new TimeoutException($"The child did not write '{prefix}' within {Deadline.TotalSeconds} s. It wrote:{Environment.NewLine}{Output}");
                }
            }
        }

        public async Task WaitForExit()
        {
            await _process.WaitForExitAsync(_cancel);
            await _reading;
            _process.ExitCode.Should().Be(0, $"the child failed:{Environment.NewLine}{Output}{Environment.NewLine}{await _errors}");
        }

        public async Task Kill()
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync(_cancel);
            await _reading;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(CancellationToken.None);
            }

            await _reading;
            _process.Dispose();
        }

        private static string DotnetHost() =>
            Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

        /// <summary>
        /// The child's dll, built before this test project through its project reference (with
        /// <c>ReferenceOutputAssembly="false"</c>), in the same configuration. The test never builds
        /// it itself: a build started from a test raced the solution build over shared obj/ folders.
        /// </summary>
        private static string ChildDll()
        {
            var configuration = AppContext.BaseDirectory.Split(Path.DirectorySeparatorChar).Contains("Release") ? "Release" : "Debug";
            var dll = Path.Combine(RepositoryRoot.Combine("tests", Child), "bin", configuration, "net10.0", Child + ".dll");
            return File.Exists(dll)
                ? dll
                : throw new InvalidOperationException($"{dll} is missing; it is built with this test project (dotnet build tests/FriendlyGov.Infrastructure.Tests).");
        }

        private async Task ReadAsync()
        {
            while (await _process.StandardOutput.ReadLineAsync(CancellationToken.None) is { } line)
            {
                lock (_gate) _lines.Add(line);
            }
        }
    }
}
