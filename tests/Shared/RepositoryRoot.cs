namespace FriendlyGov.Tests.Support;

/// <summary>The repository's root folder, found by walking up from the test assembly to FriendlyGov.Domain.sln.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The root's absolute path.</summary>
    public static string Path => Root.Value;

    /// <summary>A path inside the repository.</summary>
    public static string Combine(params string[] parts) => System.IO.Path.Combine([Root.Value, .. parts]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "FriendlyGov.Domain.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException($"No FriendlyGov.Domain.sln above {AppContext.BaseDirectory}.");
    }
}
