using System.Security.Cryptography;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks;
using FriendlyGov.Workbooks.Evidence;
using FriendlyGov.Workbooks.Xlsx;

namespace FriendlyGov.Workbooks;

/// <summary>
/// Evidence workbooks (sổ chấm điểm, <c>.xlsx</c>): made for a framework, a period and a list of
/// units, filled in Excel or LibreOffice by commune officers and appraisers, and read back into
/// the same evidence an evidence file gives. The layout is <c>friendlygov.evidence-workbook/1</c>
/// (docs/formats.md).
/// </summary>
/// <remarks>
/// <para>Reading is all or nothing: every problem of every cell is reported at once, each named
/// by sheet and cell (<c>25996!E14: 1.3 is outside [0, 1]</c>), and no evidence is returned when
/// there is any.</para>
/// <para>A workbook is only ever read for its values, within <see cref="WorkbookLimits"/>: macros,
/// links to other files and formulas are refused, never evaluated.</para>
/// </remarks>
public static class EvidenceWorkbook
{
    /// <summary>The layout's name and version, written in the workbook's hidden sheet.</summary>
    public const string FormatName = "friendlygov.evidence-workbook/1";

    /// <summary>
    /// The SHA-256 of the framework's canonical JSON (<see cref="FrameworkWriter.Write"/>), as 64
    /// lowercase hex digits: a workbook names it, so that one made for another content of the same
    /// <c>id@version</c> is refused.
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The hash.</returns>
    public static string ContentHash(CriteriaFramework framework) =>
        Convert.ToHexStringLower(SHA256.HashData(FrameworkWriter.Write(Guard.Against.Null(framework))));

    /// <summary>Writes an evidence workbook to fill in, optionally holding evidence already given.</summary>
    /// <param name="output">Where the <c>.xlsx</c> bytes go; left open.</param>
    /// <param name="framework">The framework whose indicators are filled in.</param>
    /// <param name="period">The assessment period; of the framework's period kind.</param>
    /// <param name="units">The units, at least one, each once, each of a kind the framework applies to.</param>
    /// <param name="layout">A sheet per unit, or a row per unit.</param>
    /// <param name="evidence">Evidence to put in the cells, by unit; the rest is left blank.</param>
    /// <exception cref="InvalidInputException">The units or the period do not fit the framework, or an indicator's method is not built in and has no workbook cells; every problem is listed.</exception>
    public static void Write(Stream output, CriteriaFramework framework, AssessmentPeriod period, IReadOnlyList<AssessedUnit> units, WorkbookLayout layout = WorkbookLayout.UnitSheets, IEnumerable<UnitEvidence>? evidence = null)
    {
        Guard.Against.Null(output);
        Guard.Against.Null(framework);
        Guard.Against.Null(period);
        Guard.Against.Null(units);
        var problems = new List<Problem>();
        if (units.Count == 0) problems.Add(new Problem("units", "there is no unit: a workbook needs at least one"));
        if (period.Kind != framework.Period)
            problems.Add(new Problem("period", $"'{period}' is not a {framework.Period.ToCode()} period: {framework.Id} scores {framework.Period.ToCode()}s, written like '{framework.Period.Example()}'"));
        foreach (var twice in units.GroupBy(u => u.Code, StringComparer.Ordinal).Where(g => g.Count() > 1))
            problems.Add(new Problem("units", $"unit {twice.Key} is listed {twice.Count()} times: list each unit once"));
        foreach (var unit in units.Where(u => !framework.AppliesTo.Contains(u.Kind)))
            problems.Add(new Problem("units", $"unit {unit.Code} is a '{unit.Kind.ToCode()}', which {framework.Id} does not assess: it applies to {string.Join(", ", framework.AppliesTo.Select(k => k.ToCode()))}"));
        foreach (var indicator in framework.Indicators.Where(i => !EntryCodec.HasCells(i.Method)))
            problems.Add(new Problem("framework", $"indicator {indicator.Id} is scored by method '{indicator.Method.Kind}', which has no workbook cells (only the built-in methods have): record its evidence as a JSON evidence file"));
        InvalidInputException.ThrowIfAny(problems);
        var given = (evidence ?? []).ToDictionary(e => e.Unit.Code, StringComparer.Ordinal);
        var sheets = EvidenceWorkbookWriter.Build(new EvidenceSheets(framework, layout, units), period, ContentHash(framework), given);
        WorkbookPackage.Write(output, sheets);
    }

    /// <summary>Reads every unit's evidence from a filled evidence workbook.</summary>
    /// <param name="workbook">The <c>.xlsx</c> bytes; read to the end, at most <see cref="WorkbookLimits.MaxBytes"/>.</param>
    /// <param name="document">The name shown in problems, such as the file's path.</param>
    /// <param name="loader">Resolves the built-in framework the workbook names, and gives its scoring engine.</param>
    /// <param name="framework">The framework the workbook must have been made for (a framework file, or
    /// the round's); when null, the built-in one the workbook names.</param>
    /// <param name="limits">The limits; <see cref="WorkbookLimits.Default"/> when null.</param>
    /// <returns>Each unit's evidence, checked against the framework, in the workbook's order.</returns>
    /// <exception cref="InvalidInputException">The workbook cannot be read safely, was made for another
    /// framework, or some cell does not fit; every problem is listed, named by sheet and cell.</exception>
    public static IReadOnlyList<LoadedEvidence> Read(Stream workbook, string document, FrameworkLoader loader, CriteriaFramework? framework = null, WorkbookLimits? limits = null)
    {
        Guard.Against.Null(workbook);
        Guard.Against.Null(loader);
        var problems = new List<Problem>();
        using var archive = WorkbookArchive.Open(workbook, limits ?? WorkbookLimits.Default, problems);
        var read = archive is null ? null : new EvidenceWorkbookReader(archive, loader, problems).Read(framework);
        InvalidInputException.ThrowIfAny(problems, document);
        return [.. read!.Value.Units.Select(e => new LoadedEvidence(document, read.Value.Framework, e))];
    }

    /// <summary>Reads every unit's evidence from an evidence workbook file.</summary>
    /// <param name="path">The <c>.xlsx</c> file. A macro-enabled <c>.xlsm</c> is refused.</param>
    /// <param name="loader">Resolves the built-in framework the workbook names.</param>
    /// <param name="framework">The framework the workbook must have been made for; when null, the built-in one it names.</param>
    /// <param name="limits">The limits; <see cref="WorkbookLimits.Default"/> when null.</param>
    /// <returns>Each unit's evidence, in the workbook's order.</returns>
    /// <exception cref="InvalidInputException">The file is missing, too large, or not a usable evidence workbook.</exception>
    public static IReadOnlyList<LoadedEvidence> ReadFile(string path, FrameworkLoader loader, CriteriaFramework? framework = null, WorkbookLimits? limits = null)
    {
        Guard.Against.NullOrWhiteSpace(path);
        limits ??= WorkbookLimits.Default;
        string? refused = null;
        if (path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase))
            refused = "a macro-enabled workbook (.xlsm) is refused: FriendlyGov reads values only; save it as an .xlsx workbook without macros";
        if (refused is not null) throw new InvalidInputException([new Problem(string.Empty, refused)], path);
        // A regular file only (a FIFO or a device is refused without blocking), refused before
        // reading when larger than the limit.
        using var stream = InputFile.OpenRead(path, limits.MaxBytes, "WorkbookLimits.MaxBytes");
        return Read(stream, path, loader, framework, limits);
    }

    /// <summary>Whether a file's name says it is a workbook (<c>.xlsx</c> or <c>.xlsm</c>), so that commands taking evidence take workbooks too.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>True for <c>.xlsx</c> and <c>.xlsm</c> (which is then refused when read).</returns>
    public static bool IsWorkbook(string path) =>
        Guard.Against.Null(path).EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".xlsm", StringComparison.OrdinalIgnoreCase);
}
