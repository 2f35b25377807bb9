using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using FriendlyGov.Benchmarks;

// dotnet run -c Release --project benchmarks/FriendlyGov.Benchmarks -- --filter '*'
// PostgreSQL cases run too when FRIENDLYGOV_POSTGRES holds a connection string.
// --quick: classes without a job of their own (scoring, pipeline, fixture) run a short job instead
// of BenchmarkDotNet's default one; see benchmarks/README.md.
// --in-process: every job, the database classes' own included, runs in this process, with no
// second build of the project (which timed out on a busy shared machine).
var quick = args.Contains("--quick", StringComparer.Ordinal);
var inProcess = args.Contains("--in-process", StringComparer.Ordinal);
IConfig config = DefaultConfig.Instance;
if (inProcess) config = config.AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true)).AsMutator());
if (quick)
{
    config = config.AddJob(Job.Default
        .WithId("Quick")
        .WithStrategy(RunStrategy.Throughput)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(5)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(200))
        .AsDefault());
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkDatabase).Assembly).Run([.. args.Where(a => a is not ("--quick" or "--in-process"))], config);
