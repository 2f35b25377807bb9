namespace FriendlyGov.Testing;

/// <summary>A fixture case whose expectations did not hold.</summary>
public sealed class FixtureCaseFailedException : Exception
{
    /// <summary>Creates the exception for a failed result.</summary>
    /// <param name="result">The failed result.</param>
    public FixtureCaseFailedException(FixtureCaseResult result)
        : base(string.Join(Environment.NewLine, Guard.Against.Null(result).Lines)) => Result = result;

    /// <summary>The failed result.</summary>
    public FixtureCaseResult Result { get; }
}
