using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Criteria.Sources;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Json;
using FriendlyGov.Frameworks.Methods;

namespace FriendlyGov.Frameworks;

/// <summary>Reads <c>friendlygov.framework/1</c> documents into a valid <see cref="CriteriaFramework"/>.</summary>
public static class FrameworkReader
{
    /// <summary>Reads a framework from UTF-8 JSON.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="document">The name shown in problems, such as the file's path.</param>
    /// <param name="conductCodes">Finds the code of conduct a framework names in <c>conductCode</c>;
    /// the built-in codes when <see langword="null"/>.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <param name="methods">The scoring methods the framework may use; <see cref="MethodCatalog.BuiltIn"/> when <see langword="null"/>.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="InvalidInputException">The document is not a valid framework; every problem
    /// is listed with its JSON path.</exception>
    public static CriteriaFramework Read(ReadOnlyMemory<byte> utf8, string document, Func<string, ConductCode?>? conductCodes = null, JsonLimits? limits = null, MethodCatalog? methods = null)
    {
        var problems = new List<Problem>();
        using var json = JsonInput.Parse(utf8, problems, limits);
        var framework = json is null ? null : Read(json.RootElement, JsonPath.Root, problems, conductCodes ?? BuiltInCode, methods);
        InvalidInputException.ThrowIfAny(problems, document);
        return framework!;
    }

    /// <summary>Reads a framework file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <param name="root">The folder a <c>conductCode</c> path must stay inside (see <see cref="InputFile"/>);
    /// the framework file's own folder when <see langword="null"/>.</param>
    /// <returns>The framework.</returns>
    /// <exception cref="InvalidInputException">The file is missing, not a regular file, or not a valid framework.</exception>
    public static CriteriaFramework ReadFile(string path, JsonLimits? limits = null, string? root = null)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Read(InputFile.ReadAll(path, limits), path, reference => ConductCodeFile(reference, directory, root ?? directory, file => ConductCodeReader.Read(file.Bytes, file.Path, limits), limits), limits);
    }

    /// <summary>
    /// The code of conduct a framework's <c>conductCode</c> names: a built-in id, or a
    /// code-of-conduct file relative to <paramref name="directory"/> and inside <paramref name="root"/>;
    /// <see langword="null"/> when it names neither.
    /// </summary>
    /// <exception cref="ReferenceRefusedException">The path leaves the root, or names a file that is not a code of conduct.</exception>
    internal static ConductCode? ConductCodeFile(string reference, string directory, string root, Func<(string Path, byte[] Bytes), ConductCode> read, JsonLimits? limits)
    {
        if (BuiltInConductCodes.TryGet(reference, out var builtIn)) return builtIn;
        if (!InputFile.TryResolve(reference, directory, root, out var file, out var refusal)) throw new ReferenceRefusedException(refusal);
        if (!File.Exists(file) && !Directory.Exists(file)) return null;
        var bytes = InputFile.ReadAll(file, limits);
        return JsonInput.IsFormat(bytes, FormatNames.Conduct)
            ? read((file, bytes))
            : throw new ReferenceRefusedException($"{MessageText.Quote(reference)} is not a code-of-conduct file ({FormatNames.Conduct})");
    }

    /// <summary>The <c>conductCode</c> each framework was read with, so that writing it back names the same file.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CriteriaFramework, string> ConductCodeReferences = new();

    /// <summary>
    /// The <c>conductCode</c> a framework was read with: a built-in code's id, or the path of a
    /// code-of-conduct file relative to the framework file.
    /// </summary>
    /// <param name="framework">A framework.</param>
    /// <returns>The reference as written in its file; the code's id for a framework not read from one.</returns>
    public static string? ConductCodeReferenceOf(CriteriaFramework framework) =>
        Guard.Against.Null(framework).ConductCode is not { } code ? null
            : ConductCodeReferences.TryGetValue(framework, out var reference) ? reference : code.Id;

    private static ConductCode? BuiltInCode(string id) => BuiltInConductCodes.TryGet(id, out var code) ? code : null;

    internal static CriteriaFramework? Read(JsonElement root, string path, List<Problem> problems, Func<string, ConductCode?> conductCodes, MethodCatalog? methods = null)
    {
        methods ??= MethodCatalog.BuiltIn;
        var count = problems.Count;
        var o = ObjectReader.Over(root, path, problems, "a framework");
        FormatCheck.Expect(o, FormatNames.Framework);
        var id = o.String("id");
        if (id is not null && !FrameworkId.IsId(id))
            problems.Add(new Problem(o.PathOf("id"), $"{MessageText.Quote(id)} is not a framework id: use lowercase letters, digits and '-'"));
        var version = o.String("version");
        if (version is not null && !FrameworkId.IsVersion(version))
            problems.Add(new Problem(o.PathOf("version"), $"{MessageText.Quote(version)} is not a version: use letters, digits, '.' and '-'"));
        var title = o.Text("title");
        var description = o.Text("description", required: false);
        var jurisdiction = o.String("jurisdiction");
        var appliesTo = ReadUnitKinds(o, problems);
        var period = o.OneOf("period", PeriodKinds.AllCodes);
        var decimals = o.Decimal("decimals", required: false);
        if (decimals is { } d && !Figures.IsWhole(d))
            problems.Add(new Problem(o.PathOf("decimals"), $"{Figures.Format(d)} is not a whole number"));
        var ratings = (o.Array("ratings", minItems: 1) ?? []).Select(r => ReadRating(r.Element, r.Path, problems)).ToList();
        var groups = (o.Array("groups", minItems: 1) ?? []).Select(g => ReadGroup(g.Element, g.Path, problems, methods)).ToList();
        var bonus = (o.Array("bonus", required: false) ?? []).Select(b => ReadIndicator(b.Element, b.Path, problems, methods)).ToList();
        var caps = (o.Array("caps", required: false) ?? []).Select(c => ReadCap(c.Element, c.Path, problems)).ToList();
        var conductCodeReference = o.String("conductCode", required: false);
        ConductCode? conductCode = null;
        var refused = false;
        try
        {
            conductCode = conductCodeReference is null ? null : conductCodes(conductCodeReference);
        }
        catch (ReferenceRefusedException ex)
        {
            problems.Add(new Problem(o.PathOf("conductCode"), ex.Message));
            refused = true;
        }

        var readReference = conductCodeReference;
        if (conductCodeReference is not null && conductCode is null && !refused)
        {
            problems.Add(new Problem(o.PathOf("conductCode"),
                $"{MessageText.Quote(conductCodeReference)} is neither a built-in code of conduct ({string.Join(", ", BuiltInConductCodes.Ids)}) nor a code-of-conduct file"));
        }

        o.Finish();

        // A cap that could not be read is left out: nothing refers to a cap, so the rest can still be
        // checked together. A rating, group or bonus indicator left out could make a reference to it
        // look wrong, so without one of them the cross-checks wait until it is fixed.
        if (ratings.Count == 0 || groups.Count == 0 || ratings.Contains(null) || groups.Contains(null) || bonus.Contains(null))
            return null;

        // The parts that could be built are checked together even when something else is wrong,
        // so that a duplicate id is reported beside a bad method, not only after it is fixed.
        // Stand-ins fill the fields already reported as wrong; such a framework is never returned.
        var periodKind = PeriodKinds.TryParse(period ?? string.Empty, out var kind) ? kind : PeriodKind.Year;
        try
        {
            var framework = new CriteriaFramework(
                new FrameworkId(id is not null && FrameworkId.IsId(id) ? id : "invalid", version is not null && FrameworkId.IsVersion(version) ? version : "0"),
                title ?? new LocalizedText("-", "-"),
                jurisdiction ?? "-",
                appliesTo.Count > 0 ? appliesTo : [UnitKind.Commune],
                periodKind,
                ratings!,
                groups!,
                bonus!,
                caps.OfType<Cap>(),
                decimals is { } places && Figures.IsWhole(places) && places is >= -1000 and <= 1000 ? (int)places : 2,
                description,
                conductCode);
            if (problems.Count > count) return null;
            if (readReference is not null) ConductCodeReferences.AddOrUpdate(framework, readReference);
            return framework;
        }
        catch (InvalidInputException ex)
        {
            problems.AddRange(ex.Problems.Select(p => p.Under(path)));
            return null;
        }
    }

    private static List<UnitKind> ReadUnitKinds(ObjectReader o, List<Problem> problems)
    {
        var kinds = new List<UnitKind>();
        foreach (var (element, path) in o.Array("appliesTo", minItems: 1) ?? [])
        {
            var code = ObjectReader.Values.String(element, path, problems);
            if (code is null) continue;
            if (UnitKinds.TryParse(code, out var kind)) kinds.Add(kind);
            else problems.Add(new Problem(path, $"{MessageText.Quote(code)} is not one of {string.Join(", ", UnitKinds.AllCodes)}"));
        }

        return kinds;
    }

    private static RatingBand? ReadRating(JsonElement element, string path, List<Problem> problems)
    {
        var o = ObjectReader.Over(element, path, problems, "a rating");
        var code = Ids.Code(o, "code", problems);
        var title = o.Text("title");
        var min = o.Decimal("minPoints");
        o.Finish();
        return code is null || title is null || min is null ? null : new RatingBand(code, title, min.Value);
    }

    private static CriterionGroup? ReadGroup(JsonElement element, string path, List<Problem> problems, MethodCatalog methods)
    {
        var o = ObjectReader.Over(element, path, problems, "a group");
        var id = Ids.Id(o, "id", problems);
        var title = o.Text("title");
        var criteria = (o.Array("criteria", minItems: 1) ?? []).Select(c => ReadCriterion(c.Element, c.Path, problems, methods)).ToList();
        o.Finish();
        return id is null || title is null || criteria.Count == 0 || criteria.Contains(null) ? null : new CriterionGroup(id, title, criteria!);
    }

    private static Criterion? ReadCriterion(JsonElement element, string path, List<Problem> problems, MethodCatalog methods)
    {
        var o = ObjectReader.Over(element, path, problems, "a criterion");
        var id = Ids.Id(o, "id", problems);
        var title = o.Text("title");
        var indicators = (o.Array("indicators", minItems: 1) ?? []).Select(i => ReadIndicator(i.Element, i.Path, problems, methods)).ToList();
        o.Finish();
        return id is null || title is null || indicators.Count == 0 || indicators.Contains(null) ? null : new Criterion(id, title, indicators!);
    }

    private static Indicator? ReadIndicator(JsonElement element, string path, List<Problem> problems, MethodCatalog methods)
    {
        var o = ObjectReader.Over(element, path, problems, "an indicator");
        var id = Ids.Id(o, "id", problems);
        var title = o.Text("title");
        var description = o.Text("description", required: false);
        var max = o.Decimal("maxPoints");
        var method = o.Object("method", "a method { \"kind\": … }") is { } m ? ReadMethod(m, problems, methods) : null;
        var source = o.Object("source", "a data source { \"kind\": …, \"measure\": … }", required: false) is { } so ? ReadSource(so, problems) : (Read: null, Failed: false);
        o.Finish();
        if (id is null) return null;
        if (title is not null && max is not null && method is not null && !source.Failed)
        {
            try
            {
                return new Indicator(id, title, max.Value, method, description, source.Read);
            }
            catch (InvalidInputException ex)
            {
                problems.AddRange(ex.Problems.Select(p => p.Under(path)));
            }
        }

        // A stand-in keeps the indicator's id in place so the framework-wide checks (duplicate
        // ids, references from caps) still run; its problems are already reported, so the
        // framework it ends up in is never returned.
        return StandIn(id);
    }

    private static (DataSource? Read, bool Failed) ReadSource(ObjectReader o, List<Problem> problems)
    {
        var kind = o.String("kind");
        var measure = o.String("measure");
        var aspect = o.String("aspect", required: false);
        o.Finish();
        if (kind is null || measure is null) return (null, true);
        try
        {
            return (new DataSource(kind, measure, aspect), false);
        }
        catch (InvalidInputException ex)
        {
            problems.AddRange(ex.Problems.Select(p => p.Under(o.Path)));
            return (null, true);
        }
    }

    private static Indicator StandIn(string id) => new(id, new LocalizedText("-", "-"), 1m, new PointsMethod());

    private static IndicatorMethod? ReadMethod(ObjectReader o, List<Problem> problems, MethodCatalog methods)
    {
        var kind = o.String("kind");
        if (kind is null)
        {
            o.Finish();
            return null;
        }

        if (methods.Find(kind) is not { } definition)
        {
            problems.Add(new Problem(o.PathOf("kind"), $"{MessageText.Quote(kind)} is not a method kind; the kinds are {string.Join(", ", methods.Kinds)}"));
            return null;
        }

        var build = definition.Read(new MethodFields(o, problems));
        o.Finish();
        if (build is null) return null;
        try
        {
            return build();
        }
        catch (InvalidInputException ex)
        {
            problems.AddRange(ex.Problems.Select(p => p.Under(o.Path)));
            return null;
        }
    }

    private static List<string>? ReadRules(ObjectReader o, List<Problem> problems)
    {
        var items = o.Array("rules", minItems: 1);
        if (items is null) return null;
        var rules = items.Select(r => ObjectReader.Values.String(r.Element, r.Path, problems)).ToList();
        return rules.Contains(null) ? null : [.. rules.OfType<string>()];
    }

    private static (OfficialRole? Role, bool Failed) ReadRole(ObjectReader o)
    {
        if (!o.Has("role")) return (null, false);
        var code = o.OneOf("role", OfficialRoles.AllCodes);
        return code is not null && OfficialRoles.TryParse(code, out var role) ? (role, false) : (null, true);
    }

    private static Cap? ReadCap(JsonElement element, string path, List<Problem> problems)
    {
        var o = ObjectReader.Over(element, path, problems, "a cap");
        var id = Ids.Id(o, "id", problems);
        var title = o.Text("title");
        var when = o.Object("when", "a cap condition") is { } w ? ReadCondition(w, problems) : null;
        var maxRating = o.String("maxRating");
        o.Finish();
        return id is null || title is null || when is null || maxRating is null ? null : new Cap(id, title, when, maxRating);
    }

    private static CapCondition? ReadCondition(ObjectReader o, List<Problem> problems)
    {
        string[] kinds = [ConductCondition.KindCode, GroupShareBelow.KindCode, IndicatorBelow.KindCode];
        var present = kinds.Where(o.Has).ToList();
        CapCondition? condition = null;
        if (present.Count != 1)
        {
            problems.Add(new Problem(o.Path, $"a cap condition has exactly one of {string.Join(", ", kinds)}; found {(present.Count == 0 ? "none" : string.Join(", ", present))}"));
        }
        else if (present[0] == GroupShareBelow.KindCode && o.Decimal(GroupShareBelow.KindCode) is { } share)
        {
            condition = Build(() => new GroupShareBelow(share), o.Path, problems);
        }
        else if (present[0] == ConductCondition.KindCode && o.Object(ConductCondition.KindCode, "a conduct condition") is { } conduct)
        {
            var rules = ReadRules(conduct, problems);
            var min = conduct.Decimal("minConfirmed", required: false);
            if (min is { } m && (!Figures.IsWhole(m) || m < 1 || m > int.MaxValue))
            {
                problems.Add(new Problem(conduct.PathOf("minConfirmed"), $"{Figures.Format(m)} is not a whole number ≥ 1"));
                min = null;
                rules = null;
            }

            var role = ReadRole(conduct);
            conduct.Finish();
            condition = rules is null || role.Failed ? null : Build(() => new ConductCondition(rules, (int)(min ?? 1m), role.Role), o.Path, problems);
        }
        else if (present[0] == IndicatorBelow.KindCode && o.Object(IndicatorBelow.KindCode, "an indicatorBelow condition") is { } below)
        {
            var indicator = below.String("indicator");
            var points = below.Decimal("points");
            below.Finish();
            condition = indicator is null || points is null ? null : Build(() => new IndicatorBelow(indicator, points.Value), o.Path, problems);
        }

        o.Finish();
        return condition;
    }

    private static CapCondition? Build(Func<CapCondition> build, string path, List<Problem> problems)
    {
        try
        {
            return build();
        }
        catch (InvalidInputException ex)
        {
            problems.AddRange(ex.Problems.Select(p => p.Under(path)));
            return null;
        }
    }
}
