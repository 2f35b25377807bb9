namespace FriendlyGov.Domain;

/// <summary>
/// One thing wrong with a user's input: where it is, as a JSON path, and what is wrong.
/// </summary>
/// <remarks>
/// Paths use the JSON path notation of the file formats (<c>$.indicators['G1.1.1'].value</c>), so
/// a problem found in the domain reads the same as one found while reading a file. A path may be
/// relative (<c>value</c>, <c>[2]</c>) until the caller places it <see cref="Under"/> its parent.
/// A request's problems are relative to the request, in its JSON field names as serialized
/// (camelCase: <c>unitCode</c>, <c>evidence.value</c>, <c>entries[2].unitCode</c>). Where the path
/// does not hold the indicator's id, as in a request's <c>evidence.value</c>, the message names it
/// (<see cref="ForIndicator"/>).
/// </remarks>
/// <param name="Path">Where the problem is; empty for the whole document.</param>
/// <param name="Message">What is wrong, naming the offending value and what was expected.</param>
public sealed record Problem(string Path, string Message)
{
    /// <summary>Places this problem's path under <paramref name="parent"/>.</summary>
    /// <param name="parent">The parent path, such as <c>$.groups[0]</c>.</param>
    /// <returns>The same problem with a combined path.</returns>
    public Problem Under(string parent) => this with { Path = JsonPath.Combine(parent, Path) };

    /// <summary>
    /// Names the indicator the problem is about at the end of the message, for a path that does not
    /// hold its id: <c>1.3 is outside [0, 1] for indicator G1.2.1</c>.
    /// </summary>
    /// <param name="indicatorId">The indicator's id.</param>
    /// <returns>The same problem, naming the indicator.</returns>
    public Problem ForIndicator(string indicatorId) => this with { Message = $"{Message} for indicator {Guard.Against.NullOrWhiteSpace(indicatorId)}" };

    /// <summary>The problem as one line: <c>path: message</c>.</summary>
    public override string ToString() => Path.Length == 0 ? Message : $"{Path}: {Message}";
}
