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
    public InvalidInputException(IEnumerable<Problem> problems)
        : this(problems.ToArray())
    {
    }

    private InvalidInputException(Problem[] problems)
        : base(problems.Length == 0
            ? throw new ArgumentException("At least one problem is required.", nameof(problems))
            : string.Join(Environment.NewLine, problems.Select(p => p.ToString())))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<Problem> Problems { get; }

    /// <summary>Throws when <paramref name="problems"/> is not empty.</summary>
    /// <param name="problems">The problems collected so far.</param>
    /// <exception cref="InvalidInputException">At least one problem was collected.</exception>
    public static void ThrowIfAny(IReadOnlyCollection<Problem> problems)
    {
        if (problems.Count > 0) throw new InvalidInputException(problems);
    }
}
