using BenchmarkDotNet.Running;
using FriendlyGov.Benchmarks;

// dotnet run -c Release --project benchmarks/FriendlyGov.Benchmarks -- --filter '*'
// PostgreSQL cases run too when FRIENDLYGOV_POSTGRES holds a connection string.
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkDatabase).Assembly).Run(args);
