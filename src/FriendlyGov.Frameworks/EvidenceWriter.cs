using System.Text.Json;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>Writes an <see cref="EvidenceDocument"/> as a <c>friendlygov.evidence/1</c> document.</summary>
public static class EvidenceWriter
{
    /// <summary>The evidence as indented UTF-8 JSON.</summary>
    /// <param name="document">The evidence and its framework reference, which is required here.</param>
    /// <returns>The document's bytes.</returns>
    public static byte[] Write(EvidenceDocument document)
    {
        Guard.Against.Null(document);
        Guard.Against.NullOrWhiteSpace(document.Framework);
        return JsonOutput.Write(w => WriteObject(w, document));
    }

    /// <summary>Writes the evidence document as an object at the writer's current place.</summary>
    internal static void WriteObject(Utf8JsonWriter w, EvidenceDocument document)
    {
        var evidence = document.Evidence;
        w.WriteStartObject();
        w.WriteString("format", FormatNames.Evidence);
        w.WriteString("framework", document.Framework);
        w.WriteString("period", evidence.Period.ToString());
        w.WriteStartObject("unit");
        w.WriteString("code", evidence.Unit.Code);
        w.WriteString("name", evidence.Unit.Name);
        w.WriteString("kind", evidence.Unit.Kind.ToCode());
        if (evidence.Unit.Province is { } province) w.WriteString("province", province);
        w.WriteEndObject();
        WriteEntries(w, "indicators", evidence.SelfAssessed);
        WriteEntries(w, "appraised", evidence.Appraised);
        if (evidence.Conduct.Count > 0)
        {
            w.WriteStartArray("conduct");
            foreach (var breach in evidence.Conduct)
            {
                w.WriteStartObject();
                w.WriteString("rule", breach.RuleId);
                w.WriteString("official", breach.OfficialCode);
                w.WriteString("role", breach.Role.ToCode());
                w.WriteString("status", breach.Status.ToCode());
                w.WriteString("on", breach.On.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    private static void WriteEntries(Utf8JsonWriter w, string name, IReadOnlyDictionary<string, IndicatorEvidence> entries)
    {
        if (entries.Count == 0) return;
        w.WriteStartObject(name);
        foreach (var (id, entry) in entries)
        {
            w.WriteStartObject(id);
            if (entry.Met is { } met) w.WriteBoolean(IndicatorEvidence.MetField, met);
            if (entry.Items is { } items)
            {
                w.WriteStartArray(IndicatorEvidence.ItemsField);
                foreach (var item in items) w.WriteStringValue(item);
                w.WriteEndArray();
            }

            if (entry.Value is { } value) w.Number(IndicatorEvidence.ValueField, value);
            if (entry.Numerator is { } numerator) w.Number(IndicatorEvidence.NumeratorField, numerator);
            if (entry.Denominator is { } denominator) w.Number(IndicatorEvidence.DenominatorField, denominator);
            if (entry.Count is { } count) w.Number(IndicatorEvidence.CountField, count);
            if (entry.Responses is { } responses)
            {
                w.WriteStartArray(IndicatorEvidence.ResponsesField);
                foreach (var response in responses) w.Number(response);
                w.WriteEndArray();
            }

            if (entry.Average is { } average) w.Number(IndicatorEvidence.AverageField, average);
            if (entry.Points is { } points) w.Number(IndicatorEvidence.PointsField, points);
            if (entry.Note is { } note) w.WriteString(IndicatorEvidence.NoteField, note);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }
}
