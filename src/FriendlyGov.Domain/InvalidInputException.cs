namespace FriendlyGov.Domain;

/// <summary>
/// Raised when input a user supplied (a framework, evidence) cannot be used. It carries every
/// problem found, not only the first.
/// </summary>
/// <remarks>
/// This is an expected outcome of bad input, not a programming error: callers show
/// <see cref="Problems"/> to the person who wrote the input.
/// </remarks>
public class InvalidInputException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <param name="document">The file or document the problems are in, such as <c>evidence.json</c>; optional.</param>
    public InvalidInputException(IEnumerable<Problem> problems, string? document = null)
        : this(problems.ToArray(), document, null)
    {
    }

    /// <summary>Creates the exception from the problems found and the error that revealed them.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <param name="document">The file or document the problems are in; optional.</param>
    /// <param name="innerException">What failed underneath, such as the <see cref="IOException"/> of a file that cannot be read; kept for logs, never shown to the user.</param>
    public InvalidInputException(IEnumerable<Problem> problems, string? document, Exception? innerException)
        : this(problems.ToArray(), document, innerException)
    {
    }

    private InvalidInputException(Problem[] problems, string? document, Exception? innerException)
        : base(
            problems.Length == 0
                ? throw new ArgumentException("At least one problem is required.", nameof(problems))
                : string.Join(Environment.NewLine, Describe(problems, document)),
            innerException)
    {
        Problems = problems;
        Document = document;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>The file or document the problems are in, if known.</summary>
    public string? Document { get; }

    /// <summary>One line per problem: <c>document: path: message</c>.</summary>
    public IEnumerable<string> Lines => Describe(Problems, Document);

    /// <summary>Throws when <paramref name="problems"/> is not empty.</summary>
    /// <param name="problems">The problems collected so far.</param>
    /// <param name="document">The file or document the problems are in; optional.</param>
    /// <exception cref="InvalidInputException">At least one problem was collected.</exception>
    public static void ThrowIfAny(IReadOnlyCollection<Problem> problems, string? document = null)
    {
        if (problems.Count > 0) throw new InvalidInputException(problems, document);
    }

    private static IEnumerable<string> Describe(IEnumerable<Problem> problems, string? document) =>
        problems.Select(p => document is null ? p.ToString() : $"{document}: {p}");
}
