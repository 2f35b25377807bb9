using System.Text.RegularExpressions;

namespace FriendlyGov.Domain.Criteria;

/// <summary>
/// The name of one version of a criteria framework, written <c>id@version</c>, such as
/// <c>dongnai-friendly-government@2024.1</c>.
/// </summary>
public sealed partial record FrameworkId
{
    /// <summary>Creates a framework name.</summary>
    /// <param name="id">Lowercase letters, digits and <c>-</c>, such as <c>dongnai-friendly-government</c>.</param>
    /// <param name="version">Letters, digits, <c>.</c> and <c>-</c>, such as <c>2024.1</c>.</param>
    /// <exception cref="ArgumentException">Either part has another form.</exception>
    public FrameworkId(string id, string version)
    {
        Id = IsId(Guard.Against.Null(id)) ? id : throw new ArgumentException($"'{id}' is not a framework id: use lowercase letters, digits and '-'.", nameof(id));
        Version = IsVersion(Guard.Against.Null(version)) ? version : throw new ArgumentException($"'{version}' is not a framework version: use letters, digits, '.' and '-'.", nameof(version));
    }

    /// <summary>The framework's id, the same for all its versions.</summary>
    public string Id { get; }

    /// <summary>The version.</summary>
    public string Version { get; }

    /// <summary>Whether <paramref name="id"/> has the form of a framework id.</summary>
    /// <param name="id">The text.</param>
    /// <returns><see langword="true"/> for lowercase letters, digits and inner <c>-</c>.</returns>
    public static bool IsId(string id) => IdPattern().IsMatch(id);

    /// <summary>Whether <paramref name="version"/> has the form of a framework version.</summary>
    /// <param name="version">The text.</param>
    /// <returns><see langword="true"/> for letters, digits, <c>.</c> and <c>-</c>.</returns>
    public static bool IsVersion(string version) => VersionPattern().IsMatch(version);

    /// <summary>Reads <c>id@version</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="frameworkId">The name, when the text is one.</param>
    /// <returns>Whether the text is a framework name.</returns>
    public static bool TryParse(string text, out FrameworkId? frameworkId)
    {
        frameworkId = null;
        var at = text.IndexOf('@', StringComparison.Ordinal);
        if (at < 0 || !IsId(text[..at]) || !IsVersion(text[(at + 1)..])) return false;
        frameworkId = new FrameworkId(text[..at], text[(at + 1)..]);
        return true;
    }

    /// <summary>Reads <c>id@version</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The name.</returns>
    /// <exception cref="FormatException">The text is not <c>id@version</c>.</exception>
    public static FrameworkId Parse(string text) =>
        TryParse(text, out var id) ? id! : throw new FormatException($"'{text}' is not a framework name of the form id@version.");

    /// <summary>The name as <c>id@version</c>.</summary>
    public override string ToString() => $"{Id}@{Version}";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[A-Za-z0-9]+([.-][A-Za-z0-9]+)*\\z")]
    private static partial Regex VersionPattern();
}
