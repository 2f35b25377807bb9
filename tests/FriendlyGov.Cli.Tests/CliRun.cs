namespace FriendlyGov.Cli.Tests;

/// <summary>What one run of the command line printed and returned.</summary>
/// <param name="ExitCode">The exit code.</param>
/// <param name="Output">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs <c>friendlygov</c> with the given arguments, reading what it writes.</summary>
    public static CliRun Of(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var exitCode = new FriendlyGovCli(output, error).Run(args);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Standard output's lines, without the empty line after the last newline.</summary>
    public IReadOnlyList<string> OutputLines => Lines(Output);

    /// <summary>Standard error's lines, without the empty line after the last newline.</summary>
    public IReadOnlyList<string> ErrorLines => Lines(Error);

    private static string[] Lines(string text) => text.TrimEnd('\n').Split('\n');
}
