namespace FriendlyGov.Domain;

/// <summary>
/// One thing wrong with a user's input: where it is, as a JSON path, and what is wrong.
/// </summary>
/// <remarks>
/// Paths use the JSON path notation of the file formats (<c>$.indicators['G1.1.1'].value</c>), so
/// a problem found in the domain reads the same as one found while reading a file. A path may be
/// relative (<c>value</c>, <c>[2]</c>) until the caller places it <see cref="Under"/> its parent.
/// </remarks>
/// <param name="Path">Where the problem is; empty for the whole document.</param>
/// <param name="Message">What is wrong, naming the offending value and what was expected.</param>
public sealed record Problem(string Path, string Message)
{
    /// <summary>Places this problem's path under <paramref name="parent"/>.</summary>
    /// <param name="parent">The parent path, such as <c>$.groups[0]</c>.</param>
    /// <returns>The same problem with a combined path.</returns>
    public Problem Under(string parent) => this with { Path = JsonPath.Combine(parent, Path) };

    /// <summary>The problem as one line: <c>path: message</c>.</summary>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
