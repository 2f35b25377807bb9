namespace FriendlyGov.Samples.WebApi.Hosting;

/// <summary>The app's configuration is not safe or not complete for where it runs: it does not start, and the message says why.</summary>
/// <param name="problems">Every problem found, naming the setting.</param>
internal sealed class StartupRefusedException(IReadOnlyList<string> problems)
    : Exception("The FriendlyGov sample refuses to start: " + string.Join("; ", problems) + ".")
{
    /// <summary>Every problem found.</summary>
    public IReadOnlyList<string> Problems { get; } = problems;
}
