namespace FriendlyGov.Cli.Tests.Hostile;

/// <summary>Runs the command line with a deadline, so that a command that blocks (on a FIFO) fails the test instead of hanging it.</summary>
internal static class Within
{
    /// <summary>The longest a refusal may take: the issue asks for "a second or two"; a loaded test machine gets some slack.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(10);

    /// <summary>Runs <c>friendlygov</c> with <paramref name="args"/> and fails when it has not ended by the deadline.</summary>
    public static CliRun Run(params string[] args)
    {
        var run = Task.Run(() => CliRun.Of(args), TestContext.Current.CancellationToken);
        run.Wait(Deadline, TestContext.Current.CancellationToken).Should().BeTrue($"friendlygov {string.Join(' ', args)} ends without blocking");
        return run.Result;
    }
}
