using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Json;
using NodaTime.Text;

namespace FriendlyGov.Frameworks;

/// <summary>
/// Reads <c>friendlygov.evidence/1</c> documents. Reading checks the document's shape; whether
/// the figures fit the framework's indicators is checked when the evidence is scored or by
/// <see cref="FrameworkLoader.LoadEvidence"/>.
/// </summary>
public static class EvidenceReader
{
    /// <summary>Reads an evidence document from UTF-8 JSON.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="document">The name shown in problems, such as the file's path.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The document.</returns>
    /// <exception cref="InvalidInputException">The document is not valid evidence; every problem is
    /// listed with its JSON path.</exception>
    public static EvidenceDocument Read(ReadOnlyMemory<byte> utf8, string document, JsonLimits? limits = null)
    {
        var problems = new List<Problem>();
        using var json = JsonInput.Parse(utf8, problems, limits);
        var parts = json is null ? null : Read(json.RootElement, JsonPath.Root, problems, standalone: true);
        InvalidInputException.ThrowIfAny(problems, document);
        return parts!.Document!;
    }

    /// <summary>Reads what can be read of an evidence document, recording the problems.</summary>
    internal static EvidenceParts Read(JsonElement root, string path, List<Problem> problems, bool standalone)
    {
        var count = problems.Count;
        var o = ObjectReader.Over(root, path, problems, "an evidence document");
        FormatCheck.Expect(o, FormatNames.Evidence, required: standalone);
        var framework = o.String("framework", required: standalone);
        var periodText = o.String("period");
        AssessmentPeriod? period = null;
        if (periodText is not null && !AssessmentPeriod.TryParse(periodText, out period))
            problems.Add(new Problem(o.PathOf("period"), $"{MessageText.Quote(periodText)} is not a period: write 2024 (year), 2024-H1 (half-year), 2024-Q2 (quarter) or 2024-05 (month)"));
        var unit = o.Object("unit", "a unit { \"code\", \"name\", \"kind\" }") is { } u ? ReadUnit(u, problems) : null;
        var self = ReadEntries(o, "indicators", problems);
        var appraised = ReadEntries(o, "appraised", problems);
        var conduct = (o.Array("conduct", required: false) ?? []).Select(c => ReadBreach(c.Element, c.Path, problems)).ToList();
        o.Finish();
        return new EvidenceParts(framework, unit, period, self, appraised, [.. conduct.OfType<ConductBreach>()], Complete: problems.Count == count);
    }

    private static ConductBreach? ReadBreach(JsonElement element, string path, List<Problem> problems)
    {
        var o = ObjectReader.Over(element, path, problems, "a conduct observation { \"rule\", \"official\", \"role\", \"status\", \"on\" }");
        var rule = o.String("rule");
        var official = o.String("official");
        if (official is not null && !Official.IsCode(official))
        {
            problems.Add(new Problem(o.PathOf("official"), $"{MessageText.Quote(official)} is not an official's code: use letters, digits and '-'"));
            official = null;
        }

        var roleCode = o.OneOf("role", OfficialRoles.AllCodes);
        var statusCode = o.OneOf("status", ObservationCodes.AllStatusCodes);
        var onText = o.String("on");
        var on = onText is null ? null : LocalDatePattern.Iso.Parse(onText) is { Success: true } parsed ? parsed.Value : (NodaTime.LocalDate?)null;
        if (onText is not null && on is null)
            problems.Add(new Problem(o.PathOf("on"), $"{MessageText.Quote(onText)} is not a date: write it as 2024-05-02"));
        o.Finish();
        return rule is null || official is null || roleCode is null || statusCode is null || on is null
            || !OfficialRoles.TryParse(roleCode, out var role) || !ObservationCodes.TryParseStatus(statusCode, out var status)
            ? null
            : new ConductBreach(rule, official, role, status, on.Value);
    }

    private static AssessedUnit? ReadUnit(ObjectReader o, List<Problem> problems)
    {
        var code = o.String("code");
        if (code is not null && !AssessedUnit.IsUnitCode(code))
        {
            problems.Add(new Problem(o.PathOf("code"), $"{MessageText.Quote(code)} is not a unit code: the official code has five digits, such as 25996"));
            code = null;
        }

        var name = o.String("name");
        var kindCode = o.OneOf("kind", UnitKinds.AllCodes);
        var province = o.String("province", required: false);
        o.Finish();
        return code is null || name is null || kindCode is null || !UnitKinds.TryParse(kindCode, out var kind)
            ? null
            : new AssessedUnit(code, name, kind, province);
    }

    private static Dictionary<string, IndicatorEvidence> ReadEntries(ObjectReader o, string name, List<Problem> problems)
    {
        var entries = new Dictionary<string, IndicatorEvidence>(StringComparer.Ordinal);
        foreach (var (id, element, path) in o.Map(name) ?? [])
        {
            if (ReadEntry(element, path, problems) is { } entry) entries[id] = entry;
        }

        return entries;
    }

    private static IndicatorEvidence? ReadEntry(JsonElement element, string path, List<Problem> problems)
    {
        var count = problems.Count;
        var o = ObjectReader.Over(element, path, problems, "indicator evidence");
        var entry = new IndicatorEvidence
        {
            Met = o.Bool(IndicatorEvidence.MetField, required: false),
            Items = o.Array(IndicatorEvidence.ItemsField, required: false)?
                .Select(i => ObjectReader.Values.String(i.Element, i.Path, problems) ?? string.Empty).ToList(),
            Value = o.Decimal(IndicatorEvidence.ValueField, required: false),
            Numerator = o.Decimal(IndicatorEvidence.NumeratorField, required: false),
            Denominator = o.Decimal(IndicatorEvidence.DenominatorField, required: false),
            Count = o.Decimal(IndicatorEvidence.CountField, required: false),
            Responses = o.Array(IndicatorEvidence.ResponsesField, required: false)?
                .Select(r => ObjectReader.Values.Decimal(r.Element, r.Path, problems) ?? 0m).ToList(),
            Average = o.Decimal(IndicatorEvidence.AverageField, required: false),
            Points = o.Decimal(IndicatorEvidence.PointsField, required: false),
            Note = o.String(IndicatorEvidence.NoteField, required: false, allowBlank: true),
        };
        o.Finish();
        return problems.Count > count ? null : entry;
    }
}
