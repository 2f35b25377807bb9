using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using FriendlyGov.Benchmarks;

// dotnet run -c Release --project benchmarks/FriendlyGov.Benchmarks -- --filter '*'
// PostgreSQL cases run too when FRIENDLYGOV_POSTGRES holds a connection string.
// --quick: classes without a job of their own (scoring, pipeline, fixture) run a short job instead
// of BenchmarkDotNet's default one; see benchmarks/README.md.
var quick = args.Contains("--quick", StringComparer.Ordinal);
IConfig? config = null;
if (quick)
{
    config = DefaultConfig.Instance.AddJob(Job.Default
        .WithId("Quick")
        .WithStrategy(RunStrategy.Throughput)
        .WithLaunchCount(1)
        .WithWarmupCount(2)
        .WithIterationCount(5)
        .WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(200))
        .AsDefault());
}

BenchmarkSwitcher.FromAssembly(typeof(BenchmarkDatabase).Assembly).Run([.. args.Where(a => a != "--quick")], config);
