namespace FriendlyGov.Infrastructure.Tests;

/// <summary>
/// The load tests' collection: run alone, after the tests that run in parallel, since eight busy
/// workers on two cores would slow the timed tests beside them (the bulk crash test waits for its
/// child process with a deadline).
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class LoadTestGroup
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Load";
}
