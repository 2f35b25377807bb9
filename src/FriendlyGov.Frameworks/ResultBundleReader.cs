using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Frameworks.Json;
using NodaTime.Text;

namespace FriendlyGov.Frameworks;

/// <summary>
/// Reads <c>friendlygov.result/1</c> documents. Reading checks the shape, that the framework is
/// valid and that each unit's evidence fits it; whether the figures are right is
/// <see cref="ResultVerifier"/>'s work.
/// </summary>
public static class ResultBundleReader
{
    private static readonly string[] CountedCodes = ["self", "appraisal", "derived"];

    /// <summary>Reads a result bundle from UTF-8 JSON.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="document">The name shown in problems, such as the file's path.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bundle.</returns>
    /// <exception cref="InvalidInputException">The document is not a valid result bundle; every problem is listed with its JSON path.</exception>
    public static ResultBundle Read(ReadOnlyMemory<byte> utf8, string document, JsonLimits? limits = null) =>
        JsonInput.Read(utf8, document, Read, limits);

    /// <summary>Reads a result bundle file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The bundle.</returns>
    /// <exception cref="InvalidInputException">The file is missing or not a valid result bundle.</exception>
    public static ResultBundle ReadFile(string path, JsonLimits? limits = null) => Read(InputFile.ReadAll(path, limits), path, limits);

    private static ResultBundle? Read(JsonElement root, List<Problem> problems)
    {
        var count = problems.Count;
        var o = ObjectReader.Over(root, JsonPath.Root, problems, "a result bundle");
        FormatCheck.Expect(o, FormatNames.Result);
        Guid? roundId = null;
        string? province = null, period = null;
        if (o.Object("round", "a round { \"id\", \"province\", \"period\" }") is { } round)
        {
            var id = round.String("id");
            if (id is not null && Guid.TryParse(id, out var parsed)) roundId = parsed;
            else if (id is not null) problems.Add(new Problem(round.PathOf("id"), $"'{id}' is not a round id (a GUID)"));
            province = round.String("province");
            period = round.String("period");
            round.Finish();
        }

        var frameworkSha256 = Hash(o, "frameworkSha256", required: true);
        ConductCode? code = null;
        if (o.Element("conductCode", required: false) is { } codeElement)
            code = ConductCodeReader.Read(codeElement, o.PathOf("conductCode"), problems);
        var framework = o.Element("framework", required: true) is { } frameworkElement
            ? FrameworkReader.Read(frameworkElement, o.PathOf("framework"), problems, id => code is not null && code.Id == id ? code : null)
            : null;
        var units = new List<PublishedUnit>();
        foreach (var (element, path) in o.Array("units") ?? [])
        {
            if (framework is not null && ReadUnit(element, path, framework, problems) is { } unit) units.Add(unit);
        }

        var ranking = (o.Array("ranking") ?? []).Select(r => ReadRank(r.Element, r.Path, problems)).OfType<PublishedRank>().ToList();
        ResultSignature? signature = null;
        if (o.Object("signature", "a signature { \"algorithm\", \"publicKeySha256\", \"value\" }", required: false) is { } s)
        {
            var algorithm = s.OneOf("algorithm", [ProvinceKey.Algorithm]);
            var key = Hash(s, "publicKeySha256", required: true);
            var value = s.String("value");
            s.Finish();
            if (algorithm is not null && key is not null && value is not null) signature = new ResultSignature(algorithm, key, value);
        }

        o.Finish();
        return problems.Count > count || framework is null || roundId is null || province is null || period is null || frameworkSha256 is null
            ? null
            : new ResultBundle(roundId.Value, province, period, framework, frameworkSha256, units, ranking) { Signature = signature };
    }

    private static PublishedUnit? ReadUnit(JsonElement element, string path, CriteriaFramework framework, List<Problem> problems)
    {
        var count = problems.Count;
        var o = ObjectReader.Over(element, path, problems, "a unit's result");
        var unitCode = o.String("unitCode");
        var finalizedBy = o.String("finalizedBy", required: false);
        var finalizedAtText = o.String("finalizedAt", required: false);
        NodaTime.Instant? finalizedAt = null;
        if (finalizedAtText is not null)
        {
            var parsed = InstantPattern.ExtendedIso.Parse(finalizedAtText);
            if (parsed.Success) finalizedAt = parsed.Value;
            else problems.Add(new Problem(o.PathOf("finalizedAt"), $"'{finalizedAtText}' is not an instant: write it as 2025-03-03T03:00:00Z"));
        }

        var evidenceSha256 = Hash(o, "evidenceSha256", required: true);
        var evidence = CountedEvidence.ReadMembers(o, framework, problems);
        var card = o.Object("scorecard", "a final scorecard") is { } s && evidence is not null ? ReadScorecard(s, evidence, framework, problems) : null;
        o.Finish();
        if (evidence is not null && unitCode is not null && unitCode != evidence.Unit.Code)
            problems.Add(new Problem(o.PathOf("unitCode"), $"'{unitCode}' is not the unit of its evidence, {evidence.Unit.Code}"));
        return problems.Count > count || evidence is null || card is null
            ? null
            : new PublishedUnit(evidence, card with { EvidenceSha256 = evidenceSha256, FinalizedBy = finalizedBy, FinalizedAt = finalizedAt });
    }

    private static ScorecardSnapshot? ReadScorecard(ObjectReader o, UnitEvidence evidence, CriteriaFramework framework, List<Problem> problems)
    {
        var count = problems.Count;
        var frameworkName = o.String("framework");
        var frameworkSha256 = Hash(o, "frameworkSha256", required: false);
        var total = o.Decimal("total");
        var ratings = framework.Ratings.Select(r => r.Code).ToList();
        var rating = o.OneOf("rating", ratings);
        var bandRating = o.OneOf("bandRating", ratings);
        var bonus = o.Decimal("bonus");
        var groups = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (id, element, path) in o.Map("groups", required: true) ?? [])
        {
            if (ObjectReader.Values.Decimal(element, path, problems) is { } points) groups[id] = points;
        }

        var indicators = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var details = new Dictionary<string, SnapshotIndicator>(StringComparer.Ordinal);
        var explanations = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (id, element, path) in o.Map("indicators", required: true) ?? [])
        {
            var i = ObjectReader.Over(element, path, problems, "an indicator's result { \"points\", \"explanation\", … }");
            var points = i.Decimal("points");
            var self = i.Decimal("selfAssessed", required: false);
            var appraised = i.Decimal("appraised", required: false);
            i.Decimal("difference", required: false);
            var counted = i.OneOf("counted", CountedCodes, required: false);
            var measuredFrom = i.String("measuredFrom", required: false);
            var explanation = i.Text("explanation");
            i.Finish();
            if (points is null || explanation is null) continue;
            indicators[id] = points.Value;
            explanations[id] = explanation;
            EvidenceSource? source = counted switch { "self" => EvidenceSource.Self, "appraisal" => EvidenceSource.Appraisal, "derived" => EvidenceSource.Derived, _ => null };
            details[id] = new SnapshotIndicator(self, appraised, source, measuredFrom);
        }

        var caps = new List<string>();
        var reasons = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var (id, element, path) in o.Map("caps", required: true) ?? [])
        {
            caps.Add(id);
            if (element.ValueKind == JsonValueKind.Null) continue;
            var text = ObjectReader.Over(element, path, problems, "a reason { \"vi\": …, \"en\": … }");
            var vi = text.String("vi");
            var en = text.String("en");
            text.Finish();
            if (vi is not null && en is not null) reasons[id] = new LocalizedText(vi, en);
        }

        var missing = (o.Array("missing") ?? []).Select(m => ObjectReader.Values.String(m.Element, m.Path, problems)).OfType<string>().ToList();
        o.Finish();
        if (problems.Count > count || frameworkName is null || total is null || rating is null || bandRating is null || bonus is null) return null;
        return new ScorecardSnapshot(
            frameworkName,
            evidence.Unit.Code,
            evidence.Unit.Name,
            evidence.Period.ToString(),
            total.Value,
            rating,
            ratings.IndexOf(rating),
            bandRating,
            bonus.Value,
            groups,
            indicators,
            caps,
            missing,
            explanations)
        {
            IndicatorDetails = details,
            CapReasons = reasons.Count == caps.Count ? reasons : null,
            FrameworkSha256 = frameworkSha256,
        };
    }

    private static PublishedRank? ReadRank(JsonElement element, string path, List<Problem> problems)
    {
        var o = ObjectReader.Over(element, path, problems, "a ranking row { \"rank\", \"unitCode\", \"unitName\", \"total\", \"rating\" }");
        var rank = o.Decimal("rank");
        var unitCode = o.String("unitCode");
        var unitName = o.String("unitName");
        var total = o.Decimal("total");
        var rating = o.String("rating");
        o.Finish();
        if (rank is { } r && (!Figures.IsWhole(r) || r < 1 || r > int.MaxValue))
        {
            problems.Add(new Problem(o.PathOf("rank"), $"{Figures.Format(r)} is not a rank: a whole number from 1"));
            return null;
        }

        return rank is null || unitCode is null || unitName is null || total is null || rating is null
            ? null
            : new PublishedRank((int)rank.Value, unitCode, unitName, total.Value, rating);
    }

    private static string? Hash(ObjectReader o, string name, bool required)
    {
        var value = o.String(name, required);
        if (value is null || (value.Length == 64 && value.All(char.IsAsciiHexDigitLower))) return value;
        o.Report(new Problem(o.PathOf(name), $"'{value}' is not a SHA-256: 64 lowercase hexadecimal digits"));
        return null;
    }
}
