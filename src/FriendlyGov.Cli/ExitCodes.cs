namespace FriendlyGov.Cli;

/// <summary>The exit codes of <c>friendlygov</c> (DESIGN.md section 5).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Success = 0;

    /// <summary>A fixture case failed.</summary>
    public const int CaseFailed = 1;

    /// <summary>Unusable input: one line per problem on standard error.</summary>
    public const int UnusableInput = 2;

    /// <summary>
    /// A failure no command foresaw (a bug in friendlygov): one line on standard error naming the
    /// kind of error, never a stack trace. Input, file and database errors are never this code.
    /// </summary>
    public const int InternalError = 3;
}
