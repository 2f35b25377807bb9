using System.Text.RegularExpressions;

namespace FriendlyGov.Domain;

/// <summary>Builds the JSON paths that <see cref="Problem"/> uses to say where a problem is.</summary>
public static partial class JsonPath
{
    /// <summary>The path of the document's root.</summary>
    public const string Root = "$";

    /// <summary>
    /// The path of a property: <c>.name</c> for plain names, <c>['G1.1.1']</c> for names with
    /// dots or other characters that would be ambiguous.
    /// </summary>
    /// <param name="name">The property name.</param>
    /// <returns>A relative path segment.</returns>
    public static string Property(string name) =>
        PlainName().IsMatch(name) ? name : Key(name);

    /// <summary>
    /// The path of a map's entry, always in bracket notation: <c>['G1.1.1']</c>. Maps such as an
    /// evidence file's <c>indicators</c> are keyed by ids, which read best quoted.
    /// </summary>
    /// <param name="key">The entry's key.</param>
    /// <returns>A relative path segment.</returns>
    public static string Key(string key) => $"['{Guard.Against.Null(key).Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>The path of an array element: <c>[index]</c>.</summary>
    /// <param name="index">The zero-based index.</param>
    /// <returns>A relative path segment.</returns>
    public static string Index(int index) => $"[{index}]";

    /// <summary>Joins a parent path and a relative child path.</summary>
    /// <param name="parent">The parent path, possibly empty.</param>
    /// <param name="child">The child path, possibly empty.</param>
    /// <returns>The combined path.</returns>
    public static string Combine(string parent, string child)
    {
        if (child.Length == 0) return parent;
        if (parent.Length == 0) return child;
        return child[0] == '[' ? parent + child : parent + "." + child;
    }

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*\\z")]
    private static partial Regex PlainName();
}
