using System.Collections.Concurrent;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>
/// Loads framework, evidence and fixture files, resolving each file's <c>framework</c> to a
/// built-in framework or a framework file, and reads each framework file once.
/// </summary>
/// <remarks>
/// <para>A reference is a built-in <c>id@version</c>, or a path to a framework file (or, in a
/// framework, to a code-of-conduct file) relative to the file that names it. It must stay inside a
/// root folder: <see cref="Root"/> for a file inside it, otherwise the folder of the file the caller
/// named. An absolute path, a path that leaves the root through <c>..</c> or a symbolic link, a file
/// that is not a regular file (a FIFO, a device) and a referenced file of another kind are refused
/// without being read (see <see cref="InputFile"/>). So a loader that reads uploaded evidence reads
/// nothing outside the upload's folder unless a root says otherwise.</para>
/// <para>Every error is an <see cref="InvalidInputException"/> that names the file and the JSON
/// path. Instances are thread-safe.</para>
/// </remarks>
public sealed class FrameworkLoader
{
    private readonly ConcurrentDictionary<(string Path, string Root), CriteriaFramework> _files = new();
    private readonly ConcurrentDictionary<string, ConductCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FrameworkId, ScoringEngine> _engines = new();

    /// <summary>Creates a loader with the default limits, <see cref="JsonLimits.Default"/>, and no root
    /// beyond each loaded file's own folder.</summary>
    public FrameworkLoader()
        : this(JsonLimits.Default)
    {
    }

    /// <summary>Creates a loader whose references stay in each loaded file's own folder.</summary>
    /// <param name="limits">The size and nesting limits every file it reads must keep to.</param>
    public FrameworkLoader(JsonLimits limits)
        : this(limits, null)
    {
    }

    /// <summary>Creates a loader.</summary>
    /// <param name="limits">The size and nesting limits every file it reads must keep to.</param>
    /// <param name="root">The folder that references from files inside it may reach anywhere within;
    /// <see langword="null"/> to keep each file's references in that file's own folder.</param>
    public FrameworkLoader(JsonLimits limits, string? root)
    {
        Limits = Guard.Against.Null(limits);
        Root = root is null ? null : Path.GetFullPath(root);
    }

    /// <summary>The size and nesting limits every file this loader reads must keep to.</summary>
    public JsonLimits Limits { get; }

    /// <summary>
    /// The folder, as a full path, that references from the files inside it may reach anywhere
    /// within; <see langword="null"/> when references stay in the folder of the file the caller named.
    /// </summary>
    public string? Root { get; }

    /// <summary>
    /// Resolves a framework the caller names (a command-line argument, a setting): a built-in
    /// <c>id@version</c>, or the path of a framework file, which may be absolute. The file's own
    /// references stay inside the root as usual.
    /// </summary>
    /// <param name="reference">A built-in <c>id@version</c>, or a path to a framework file.</param>
    /// <param name="baseDirectory">The directory a relative path is relative to; the current one when <see langword="null"/>.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="InvalidInputException">The reference names neither a built-in framework nor
    /// a readable, valid framework file.</exception>
    public CriteriaFramework Resolve(string reference, string? baseDirectory = null)
    {
        Guard.Against.Null(reference);
        if (FrameworkId.TryParse(reference, out var id) && BuiltInFrameworks.TryGet(id!, out var builtIn)) return builtIn;
        var file = Path.GetFullPath(Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), reference));
        if (File.Exists(file) || Directory.Exists(file)) return LoadFramework(file);
        throw new InvalidInputException([new Problem(string.Empty, NotFound(reference, id, file))], "framework");
    }

    /// <summary>A scoring engine for a framework, made once per framework name and shared.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>Its engine.</returns>
    public ScoringEngine EngineFor(CriteriaFramework framework) =>
        _engines.GetOrAdd(Guard.Against.Null(framework).Id, _ => new ScoringEngine(framework));

    /// <summary>Reads a framework file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="InvalidInputException">The file is missing, not a regular file, or not a valid framework.</exception>
    public CriteriaFramework LoadFramework(string path)
    {
        var full = Path.GetFullPath(Guard.Against.Null(path));
        return LoadFramework(path, full, RootOf(Path.GetDirectoryName(full)!), null);
    }

    /// <summary>Reads a code-of-conduct file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The code of conduct.</returns>
    /// <exception cref="InvalidInputException">The file is missing, not a regular file, or not a valid code of conduct.</exception>
    public ConductCode LoadConductCode(string path) =>
        _codes.GetOrAdd(Path.GetFullPath(path), _ => ConductCodeReader.ReadFile(path, Limits));

    /// <summary>
    /// Resolves a code of conduct the caller names (a command-line argument, a setting): a built-in
    /// id, or the path of a code-of-conduct file, which may be absolute.
    /// </summary>
    /// <param name="reference">The reference.</param>
    /// <param name="baseDirectory">The directory a relative path is relative to; the current one when <see langword="null"/>.</param>
    /// <returns>The code, or <see langword="null"/> when the reference names neither.</returns>
    /// <exception cref="InvalidInputException">The reference names a file that is not a regular file
    /// or not a valid code of conduct.</exception>
    public ConductCode? ResolveConductCode(string reference, string? baseDirectory = null)
    {
        Guard.Against.Null(reference);
        if (BuiltInConductCodes.TryGet(reference, out var builtIn)) return builtIn;
        var file = Path.GetFullPath(Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), reference));
        return File.Exists(file) || Directory.Exists(file) ? LoadConductCode(file) : null;
    }

    /// <summary>Reads an evidence file, resolves its framework and checks the evidence against it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="framework">A framework to score with instead of the one the file names.</param>
    /// <returns>The evidence, ready to score.</returns>
    /// <exception cref="InvalidInputException">The file cannot be read, its framework cannot be
    /// resolved, or its evidence does not fit the framework.</exception>
    public LoadedEvidence LoadEvidence(string path, CriteriaFramework? framework = null)
    {
        var problems = new List<Problem>();
        using var json = JsonInput.Parse(InputFile.ReadAll(path, Limits), problems, Limits);
        InvalidInputException.ThrowIfAny(problems, path);
        var parts = EvidenceReader.Read(json!.RootElement, JsonPath.Root, problems, standalone: true);
        if (framework is null && parts.Framework is { } reference)
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
            framework = Resolve(reference, directory, RootOf(directory), "$.framework", problems);
        }

        if (framework is not null)
            problems.AddRange(parts.CheckAgainst(EngineFor(framework)).Select(p => p.Under(JsonPath.Root)));
        InvalidInputException.ThrowIfAny(problems, path);
        return new LoadedEvidence(path, framework!, parts.Document!.Evidence);
    }

    /// <summary>Reads a fixture file and resolves its framework.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The fixture. Problems in a case's evidence belong to that case, not to the file.</returns>
    /// <exception cref="InvalidInputException">The file cannot be read, is not a fixture, or its
    /// framework cannot be resolved.</exception>
    public Fixture LoadFixture(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return FixtureReader.Read(InputFile.ReadAll(path, Limits), path, directory, RootOf(directory), this);
    }

    /// <summary>The root for files in <paramref name="directory"/>: <see cref="Root"/> when it holds them, else that folder.</summary>
    private string RootOf(string directory) =>
        Root is not null && InputFile.IsInside(directory, Root) ? Root : directory;

    private CriteriaFramework LoadFramework(string path, string full, string root, byte[]? bytes) =>
        _files.GetOrAdd((full, root), key =>
        {
            var directory = Path.GetDirectoryName(key.Path)!;
            return FrameworkReader.Read(bytes ?? InputFile.ReadAll(path, Limits), path, reference => ConductCodeReference(reference, directory, key.Root), Limits);
        });

    private ConductCode? ConductCodeReference(string reference, string directory, string root) =>
        FrameworkReader.ConductCodeFile(reference, directory, root, file => _codes.GetOrAdd(file.Path, _ => ConductCodeReader.Read(file.Bytes, file.Path, Limits)), Limits);

    internal CriteriaFramework? Resolve(string reference, string baseDirectory, string root, string path, List<Problem> problems)
    {
        if (FrameworkId.TryParse(reference, out var id) && BuiltInFrameworks.TryGet(id!, out var builtIn)) return builtIn;
        if (!InputFile.TryResolve(reference, baseDirectory, root, out var file, out var refusal))
        {
            problems.Add(new Problem(path, refusal));
            return null;
        }

        if (File.Exists(file) || Directory.Exists(file))
        {
            var bytes = InputFile.ReadAll(file, Limits);
            if (JsonInput.IsFormat(bytes, FormatNames.Framework)) return LoadFramework(file, file, root, bytes);
            problems.Add(new Problem(path, $"{MessageText.Quote(reference)} is not a framework file ({FormatNames.Framework})"));
            return null;
        }

        problems.Add(new Problem(path, NotFound(reference, id, file)));
        return null;
    }

    private static string NotFound(string reference, FrameworkId? id, string file) => id is not null
        ? $"{MessageText.Quote(reference)} is not a built-in framework (they are {string.Join(", ", BuiltInFrameworks.Ids)}) nor a framework file"
        : $"{MessageText.Quote(reference)} is neither a built-in framework nor an existing framework file (looked for {MessageText.Printable(file, 400)})";
}
