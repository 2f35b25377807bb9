using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FriendlyGov.PublicApi.Tests;

/// <summary>
/// The README's package table lists every package with its real dependencies: the project's
/// direct project references (the <c>FriendlyGov.</c> prefix left out) and package references,
/// leaving out build-time-only ones (<c>PrivateAssets="all"</c>).
/// </summary>
public sealed partial class PackageTableTests
{
    [Fact]
    public void The_readme_lists_each_package_with_the_dependencies_its_project_file_declares()
    {
        var table = ReadmeTable();
        var projects = PackableProjects();

        table.Keys.Should().BeEquivalentTo(projects.Keys, "every package has one row and every row is a package");
        foreach (var (package, dependencies) in projects)
            table[package].Should().BeEquivalentTo(dependencies, $"the README's row of {package} names what {package}.csproj references");
    }

    private static Dictionary<string, string[]> ReadmeTable()
    {
        var readme = File.ReadAllText(RepositoryRoot.Combine("README.md"));
        var section = readme[readme.IndexOf("\n## Packages\n", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        return TableRow().Matches(section).ToDictionary(
            row => row.Groups["package"].Value,
            row => row.Groups["dependencies"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
    }

    private static Dictionary<string, string[]> PackableProjects() =>
        Directory.GetFiles(RepositoryRoot.Combine("src"), "*.csproj", SearchOption.AllDirectories)
            .Select(path => (Name: Path.GetFileNameWithoutExtension(path), Project: XDocument.Load(path)))
            .Where(p => p.Project.Descendants("IsPackable").Any(e => e.Value == "true"))
            .ToDictionary(p => p.Name, p => Dependencies(p.Project));

    private static string[] Dependencies(XDocument project) =>
    [
        .. project.Descendants("ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension((string)e.Attribute("Include")!))
            .Select(name => name.StartsWith("FriendlyGov.", StringComparison.Ordinal) ? name["FriendlyGov.".Length..] : name),
        .. project.Descendants("PackageReference")
            .Where(e => !string.Equals((string?)e.Attribute("PrivateAssets"), "all", StringComparison.OrdinalIgnoreCase))
            .Select(e => (string)e.Attribute("Include")!),
    ];

    [GeneratedRegex(@"^\| `(?<package>FriendlyGov\.[\w.]+)` \|[^\n]*\| (?<dependencies>[^|\n]+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
