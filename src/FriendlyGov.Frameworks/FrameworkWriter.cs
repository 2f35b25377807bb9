using System.Text.Json;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>Writes a <see cref="CriteriaFramework"/> as a <c>friendlygov.framework/1</c> document.</summary>
/// <remarks>
/// The output is deterministic, and reading it back gives an equivalent framework. A code of
/// conduct is named as the framework's file named it (a built-in id, or a path relative to the
/// framework file), so the written file belongs beside the one it was read from.
/// </remarks>
public static class FrameworkWriter
{
    /// <summary>The framework as indented UTF-8 JSON.</summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The document's bytes.</returns>
    public static byte[] Write(CriteriaFramework framework) =>
        WriteNaming(Guard.Against.Null(framework), FrameworkReader.ConductCodeReferenceOf(framework));

    /// <summary>
    /// The framework's canonical JSON: as <see cref="Write"/> writes it, but naming its code of
    /// conduct by the code's id rather than by the file it was read from, so the same framework has
    /// the same bytes wherever it was loaded; a result bundle hashes these bytes (docs/formats.md).
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <returns>The canonical bytes, UTF-8.</returns>
    public static byte[] WriteCanonical(CriteriaFramework framework) =>
        WriteNaming(Guard.Against.Null(framework), framework.ConductCode?.Id);

    private static byte[] WriteNaming(CriteriaFramework framework, string? conductCodeReference)
    {
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("format", FormatNames.Framework);
            w.WriteString("id", framework.Id.Id);
            w.WriteString("version", framework.Id.Version);
            w.Text("title", framework.Title);
            if (framework.Description is { } description) w.Text("description", description);
            w.WriteString("jurisdiction", framework.Jurisdiction);
            w.WriteStartArray("appliesTo");
            foreach (var kind in framework.AppliesTo) w.WriteStringValue(kind.ToCode());
            w.WriteEndArray();
            w.WriteString("period", framework.Period.ToCode());
            w.WriteNumber("decimals", framework.Decimals);
            w.WriteStartArray("ratings");
            foreach (var rating in framework.Ratings)
            {
                w.WriteStartObject();
                w.WriteString("code", rating.Code);
                w.Text("title", rating.Title);
                w.Number("minPoints", rating.MinPoints);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("groups");
            foreach (var group in framework.Groups) WriteGroup(w, group);
            w.WriteEndArray();
            if (framework.Bonus.Count > 0)
            {
                w.WriteStartArray("bonus");
                foreach (var indicator in framework.Bonus) WriteIndicator(w, indicator);
                w.WriteEndArray();
            }

            if (framework.Caps.Count > 0)
            {
                w.WriteStartArray("caps");
                foreach (var cap in framework.Caps) WriteCap(w, cap);
                w.WriteEndArray();
            }

            if (conductCodeReference is not null) w.WriteString("conductCode", conductCodeReference);
            w.WriteEndObject();
        });
    }

    private static void WriteGroup(Utf8JsonWriter w, CriterionGroup group)
    {
        w.WriteStartObject();
        w.WriteString("id", group.Id);
        w.Text("title", group.Title);
        w.WriteStartArray("criteria");
        foreach (var criterion in group.Criteria)
        {
            w.WriteStartObject();
            w.WriteString("id", criterion.Id);
            w.Text("title", criterion.Title);
            w.WriteStartArray("indicators");
            foreach (var indicator in criterion.Indicators) WriteIndicator(w, indicator);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, Indicator indicator)
    {
        w.WriteStartObject();
        w.WriteString("id", indicator.Id);
        w.Text("title", indicator.Title);
        if (indicator.Description is { } description) w.Text("description", description);
        w.Number("maxPoints", indicator.MaxPoints);
        w.WriteStartObject("method");
        w.WriteString("kind", indicator.Method.Kind);
        WriteMethodFields(w, indicator.Method);
        w.WriteEndObject();
        if (indicator.DataSource is { } source)
        {
            w.WriteStartObject("source");
            w.WriteString("kind", source.Kind);
            w.WriteString("measure", source.Measure);
            if (source.Aspect is { } aspect) w.WriteString("aspect", aspect);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteMethodFields(Utf8JsonWriter w, IndicatorMethod method)
    {
        switch (method)
        {
            case ChecklistMethod checklist:
                w.WriteStartArray("items");
                foreach (var item in checklist.Items)
                {
                    w.WriteStartObject();
                    w.WriteString("id", item.Id);
                    if (item.Title is { } title) w.Text("title", title);
                    w.Number("points", item.Points);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case RatioMethod ratio:
                w.Number("floor", ratio.Floor);
                w.Number("target", ratio.Target);
                break;
            case BandsMethod bands:
                w.WriteStartArray("bands");
                foreach (var band in bands.Bands)
                {
                    w.WriteStartObject();
                    w.Number("min", band.Min);
                    w.Number("points", band.Points);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                break;
            case DeductionMethod deduction:
                w.Number("perCount", deduction.PerCount);
                break;
            case ScaleMethod scale:
                w.Number("low", scale.Low);
                w.Number("high", scale.High);
                break;
            case ImportMethod import:
                w.Number("scaleMax", import.ScaleMax);
                break;
            case ConductMethod conduct:
                WriteRules(w, conduct.Rules);
                w.Number("perBreach", conduct.PerBreach);
                if (conduct.Role is { } role) w.WriteString("role", role.ToCode());
                break;
            case CheckMethod or PointsMethod:
                break;
            default:
                throw new NotSupportedException($"No JSON form is defined for method '{method.Kind}'.");
        }
    }

    private static void WriteRules(Utf8JsonWriter w, IReadOnlyList<string> rules)
    {
        w.WriteStartArray("rules");
        foreach (var rule in rules) w.WriteStringValue(rule);
        w.WriteEndArray();
    }

    private static void WriteCap(Utf8JsonWriter w, Cap cap)
    {
        w.WriteStartObject();
        w.WriteString("id", cap.Id);
        w.Text("title", cap.Title);
        w.WriteStartObject("when");
        switch (cap.When)
        {
            case ConductCondition conduct:
                w.WriteStartObject(ConductCondition.KindCode);
                WriteRules(w, conduct.Rules);
                w.WriteNumber("minConfirmed", conduct.MinConfirmed);
                if (conduct.Role is { } role) w.WriteString("role", role.ToCode());
                w.WriteEndObject();
                break;
            case GroupShareBelow share:
                w.Number(GroupShareBelow.KindCode, share.Share);
                break;
            case IndicatorBelow below:
                w.WriteStartObject(IndicatorBelow.KindCode);
                w.WriteString("indicator", below.IndicatorId);
                w.Number("points", below.Points);
                w.WriteEndObject();
                break;
            default:
                throw new NotSupportedException($"No JSON form is defined for cap condition '{cap.When.Kind}'.");
        }

        w.WriteEndObject();
        w.WriteString("maxRating", cap.MaxRating);
        w.WriteEndObject();
    }
}
