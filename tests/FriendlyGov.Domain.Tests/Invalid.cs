namespace FriendlyGov.Domain.Tests;

/// <summary>Reads the problems an <see cref="InvalidInputException"/> carries.</summary>
internal static class Invalid
{
    /// <summary>
    /// The problems reported when <paramref name="create"/> runs; fails the test when it does not
    /// throw an <see cref="InvalidInputException"/>.
    /// </summary>
    public static IReadOnlyList<Problem> ProblemsOf(Func<object?> create) =>
        create.Should().Throw<InvalidInputException>().Which.Problems;
}
