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
/// A reference is a built-in <c>id@version</c>, or a path to a framework file: relative to the
/// file that names it, or absolute. Every error is an <see cref="InvalidInputException"/> that
/// names the file and the JSON path. Instances are thread-safe.
/// </remarks>
public sealed class FrameworkLoader
{
    private readonly ConcurrentDictionary<string, CriteriaFramework> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConductCode> _codes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<FrameworkId, ScoringEngine> _engines = new();

    /// <summary>Creates a loader with the default limits, <see cref="JsonLimits.Default"/>.</summary>
    public FrameworkLoader()
        : this(JsonLimits.Default)
    {
    }

    /// <summary>Creates a loader.</summary>
    /// <param name="limits">The size and nesting limits every file it reads must keep to.</param>
    public FrameworkLoader(JsonLimits limits)
    {
        Limits = Guard.Against.Null(limits);
    }

    /// <summary>The size and nesting limits every file this loader reads must keep to.</summary>
    public JsonLimits Limits { get; }

    /// <summary>Resolves a framework reference.</summary>
    /// <param name="reference">A built-in <c>id@version</c>, or a path to a framework file.</param>
    /// <param name="baseDirectory">The directory a relative path is relative to; the current one when <see langword="null"/>.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="InvalidInputException">The reference names neither a built-in framework nor
    /// a readable, valid framework file.</exception>
    public CriteriaFramework Resolve(string reference, string? baseDirectory = null)
    {
        var problems = new List<Problem>();
        var framework = Resolve(reference, baseDirectory, string.Empty, problems);
        InvalidInputException.ThrowIfAny(problems, "framework");
        return framework!;
    }

    /// <summary>A scoring engine for a framework, made once per framework name and shared.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>Its engine.</returns>
    public ScoringEngine EngineFor(CriteriaFramework framework) =>
        _engines.GetOrAdd(Guard.Against.Null(framework).Id, _ => new ScoringEngine(framework));

    /// <summary>Reads a framework file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="InvalidInputException">The file is missing or not a valid framework.</exception>
    public CriteriaFramework LoadFramework(string path) =>
        _files.GetOrAdd(Path.GetFullPath(path), full => FrameworkReader.Read(FileInput.ReadAll(path, Limits), path, reference => ResolveConductCode(reference, Path.GetDirectoryName(full)!), Limits));

    /// <summary>Reads a code-of-conduct file.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The code of conduct.</returns>
    /// <exception cref="InvalidInputException">The file is missing or not a valid code of conduct.</exception>
    public ConductCode LoadConductCode(string path) =>
        _codes.GetOrAdd(Path.GetFullPath(path), _ => ConductCodeReader.ReadFile(path, Limits));

    /// <summary>Resolves a code-of-conduct reference: a built-in id, or a path to a code-of-conduct file.</summary>
    /// <param name="reference">The reference.</param>
    /// <param name="baseDirectory">The directory a relative path is relative to; the current one when <see langword="null"/>.</param>
    /// <returns>The code, or <see langword="null"/> when the reference names neither.</returns>
    /// <exception cref="InvalidInputException">The reference names a file that is not a valid code of conduct.</exception>
    public ConductCode? ResolveConductCode(string reference, string? baseDirectory = null) =>
        FrameworkReader.ConductCodeFile(Guard.Against.Null(reference), baseDirectory ?? Directory.GetCurrentDirectory(), LoadConductCode);

    /// <summary>Reads an evidence file, resolves its framework and checks the evidence against it.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="framework">A framework to score with instead of the one the file names.</param>
    /// <returns>The evidence, ready to score.</returns>
    /// <exception cref="InvalidInputException">The file cannot be read, its framework cannot be
    /// resolved, or its evidence does not fit the framework.</exception>
    public LoadedEvidence LoadEvidence(string path, CriteriaFramework? framework = null)
    {
        var problems = new List<Problem>();
        using var json = JsonInput.Parse(FileInput.ReadAll(path, Limits), problems, Limits);
        InvalidInputException.ThrowIfAny(problems, path);
        var parts = EvidenceReader.Read(json!.RootElement, JsonPath.Root, problems, standalone: true);
        if (framework is null && parts.Framework is { } reference)
            framework = Resolve(reference, Path.GetDirectoryName(Path.GetFullPath(path)), "$.framework", problems);
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
    public Fixture LoadFixture(string path) =>
        FixtureReader.Read(FileInput.ReadAll(path, Limits), path, Path.GetDirectoryName(Path.GetFullPath(path))!, this);

    internal CriteriaFramework? Resolve(string reference, string? baseDirectory, string path, List<Problem> problems)
    {
        if (FrameworkId.TryParse(reference, out var id) && BuiltInFrameworks.TryGet(id!, out var builtIn)) return builtIn;
        var file = Path.Combine(baseDirectory ?? Directory.GetCurrentDirectory(), reference);
        if (File.Exists(file)) return LoadFramework(file);
        problems.Add(new Problem(path, id is not null
            ? $"'{reference}' is not a built-in framework (they are {string.Join(", ", BuiltInFrameworks.Ids)}) nor a framework file"
            : $"'{reference}' is neither a built-in framework nor an existing framework file (looked for {file})"));
        return null;
    }
}
