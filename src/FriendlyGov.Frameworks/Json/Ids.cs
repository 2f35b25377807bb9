using System.Text.RegularExpressions;
using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Json;

/// <summary>Reads the ids of a framework's parts and the codes of its ratings.</summary>
internal static partial class Ids
{
    /// <summary>An id: letters, digits, '.', '-' and '_'.</summary>
    public static string? Id(ObjectReader o, string name, List<Problem> problems) =>
        Matching(o, name, problems, IdPattern(), "an id: use letters, digits, '.', '-' and '_'");

    /// <summary>A code: lowercase letters, digits and '-'.</summary>
    public static string? Code(ObjectReader o, string name, List<Problem> problems) =>
        Matching(o, name, problems, CodePattern(), "a code: use lowercase letters, digits and '-'");

    private static string? Matching(ObjectReader o, string name, List<Problem> problems, Regex pattern, string what)
    {
        var value = o.String(name);
        if (value is null || pattern.IsMatch(value)) return value;
        problems.Add(new Problem(o.PathOf(name), $"{MessageText.Quote(value)} is not {what}"));
        return null;
    }

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._-]*\\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    private static partial Regex CodePattern();
}
