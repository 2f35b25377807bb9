using System.Security.Cryptography;
using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>
/// A unit's evidence as counted (minh chứng được tính): what the engine scored, in one canonical
/// JSON form that finalization keeps and hashes and that a result bundle carries, so anyone can
/// score it again.
/// </summary>
/// <remarks>
/// The form is an object with <c>evidence</c>, a <c>friendlygov.evidence/1</c> document naming the
/// framework by <c>id@version</c> with its indicators in ordinal order of their ids, and, when any
/// figure was measured from recorded data, <c>measured</c>: per indicator id (in ordinal order) the
/// data source, the value, what it is out of and its provenance. It is written as
/// <c>friendlygov</c> writes every document: indented by two spaces, <c>\n</c> line ends, text
/// unescaped, figures without trailing zeros, ending with a line end (docs/formats.md).
/// </remarks>
public static class CountedEvidence
{
    private const string EvidenceField = "evidence";
    private const string MeasuredField = "measured";

    /// <summary>The evidence's canonical JSON.</summary>
    /// <param name="evidence">The evidence as scored, with its measured figures.</param>
    /// <param name="framework">The framework that scored it.</param>
    /// <returns>The UTF-8 bytes.</returns>
    public static byte[] Write(UnitEvidence evidence, CriteriaFramework framework)
    {
        Guard.Against.Null(evidence);
        Guard.Against.Null(framework);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            WriteMembers(w, evidence, framework.Id);
            w.WriteEndObject();
        });
    }

    /// <summary>The SHA-256 of bytes, as 64 lowercase hexadecimal digits: how result bundles write every hash.</summary>
    /// <param name="bytes">The bytes, such as <see cref="Write"/>'s or <see cref="FrameworkWriter.WriteCanonical"/>'s.</param>
    /// <returns>The hash.</returns>
    public static string Sha256(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>Reads evidence written by <see cref="Write"/> and checks it against the framework.</summary>
    /// <param name="utf8">The canonical JSON.</param>
    /// <param name="document">The name shown in problems.</param>
    /// <param name="framework">The framework that scored it.</param>
    /// <returns>The evidence, ready to score again.</returns>
    /// <exception cref="InvalidInputException">It is not evidence of this framework; every problem is listed.</exception>
    public static UnitEvidence Read(ReadOnlyMemory<byte> utf8, string document, CriteriaFramework framework)
    {
        Guard.Against.Null(framework);
        return JsonInput.Read(utf8, document, (root, problems) =>
        {
            var o = ObjectReader.Over(root, JsonPath.Root, problems, "counted evidence { \"evidence\", \"measured\" }");
            var evidence = ReadMembers(o, framework, problems);
            o.Finish();
            return evidence;
        });
    }

    /// <summary>Writes the <c>evidence</c> and <c>measured</c> members into the object being written.</summary>
    internal static void WriteMembers(Utf8JsonWriter w, UnitEvidence evidence, FrameworkId framework)
    {
        w.WritePropertyName(EvidenceField);
        var ordered = evidence with { SelfAssessed = Ordered(evidence.SelfAssessed), Appraised = Ordered(evidence.Appraised) };
        EvidenceWriter.WriteObject(w, new EvidenceDocument(framework.ToString(), ordered));
        if (evidence.Measured.Count == 0) return;
        w.WriteStartObject(MeasuredField);
        foreach (var (id, measurement) in evidence.Measured.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            w.WriteStartObject(id);
            w.WriteString("source", measurement.Source.ToString());
            w.Number("value", measurement.Value);
            if (measurement.OutOf is { } outOf) w.Number("outOf", outOf);
            w.Text("provenance", measurement.Provenance);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>
    /// Reads the <c>evidence</c> and <c>measured</c> members of <paramref name="o"/> and checks them
    /// against the framework as the engine would; null when anything is wrong, every problem recorded.
    /// </summary>
    internal static UnitEvidence? ReadMembers(ObjectReader o, CriteriaFramework framework, List<Problem> problems)
    {
        var count = problems.Count;
        var evidencePath = o.PathOf(EvidenceField);
        var parts = o.Element(EvidenceField, required: true) is { } element
            ? EvidenceReader.Read(element, evidencePath, problems, standalone: true)
            : null;
        if (parts?.Framework is { } named && named != framework.Id.ToString())
            problems.Add(new Problem(JsonPath.Combine(evidencePath, JsonPath.Property("framework")), $"'{named}' is not the bundle's framework {framework.Id}"));

        var measured = new Dictionary<string, Measurement>(StringComparer.Ordinal);
        foreach (var (id, item, path) in o.Map(MeasuredField) ?? [])
        {
            var m = ObjectReader.Over(item, path, problems, "a measured figure { \"source\", \"value\", \"outOf\", \"provenance\" }");
            var source = m.String("source");
            var value = m.Decimal("value");
            var outOf = m.Decimal("outOf", required: false);
            var provenance = m.Text("provenance");
            m.Finish();
            if (!framework.TryGetIndicator(id, out var indicator) || indicator.DataSource is not { } dataSource)
                problems.Add(new Problem(path, $"'{id}' is not an indicator of {framework.Id} that names a data source"));
            else if (source is not null && source != dataSource.ToString())
                problems.Add(new Problem(JsonPath.Combine(path, JsonPath.Property("source")), $"'{source}' is not {id}'s data source {dataSource}"));
            else if (value is { } v && provenance is not null)
                measured[id] = new Measurement(dataSource, v, outOf, provenance);
        }

        if (parts?.Document is not { } document || problems.Count > count) return null;
        var evidence = document.Evidence with { Measured = measured };
        var check = new Domain.Scoring.ScoringEngine(framework).Check(evidence);
        problems.AddRange(check.Select(p => p.Under(p.Path.StartsWith(MeasuredField, StringComparison.Ordinal) ? o.Path : evidencePath)));
        return problems.Count > count ? null : evidence;
    }

    private static Dictionary<string, IndicatorEvidence> Ordered(IReadOnlyDictionary<string, IndicatorEvidence> entries) =>
        entries.OrderBy(e => e.Key, StringComparer.Ordinal).ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
