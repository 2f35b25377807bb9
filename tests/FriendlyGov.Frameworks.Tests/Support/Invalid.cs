using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Tests.Support;

/// <summary>Reads what an <see cref="InvalidInputException"/> says; fails the test when none is thrown.</summary>
internal static class Invalid
{
    /// <summary>The problems reported when <paramref name="read"/> runs.</summary>
    public static IReadOnlyList<Problem> Problems(Func<object?> read) =>
        read.Should().Throw<InvalidInputException>().Which.Problems;

    /// <summary>The lines, <c>file: path: message</c>, reported when <paramref name="read"/> runs.</summary>
    public static IReadOnlyList<string> Lines(Func<object?> read) =>
        [.. read.Should().Throw<InvalidInputException>().Which.Lines];
}
