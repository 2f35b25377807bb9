using System.Text.Json;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Json;
using FriendlyGov.Frameworks.Methods;

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
    /// <param name="methods">The scoring methods' definitions; <see cref="MethodCatalog.BuiltIn"/> when <see langword="null"/>.</param>
    /// <returns>The document's bytes.</returns>
    /// <exception cref="NotSupportedException">An indicator's method has no definition in <paramref name="methods"/>.</exception>
    public static byte[] Write(CriteriaFramework framework, MethodCatalog? methods = null) =>
        WriteNaming(Guard.Against.Null(framework), FrameworkReader.ConductCodeReferenceOf(framework), methods ?? MethodCatalog.BuiltIn);

    /// <summary>
    /// The framework's canonical JSON: as <see cref="Write"/> writes it, but naming its code of
    /// conduct by the code's id rather than by the file it was read from, so the same framework has
    /// the same bytes wherever it was loaded; a result bundle hashes these bytes (docs/formats.md).
    /// </summary>
    /// <param name="framework">The framework.</param>
    /// <param name="methods">The scoring methods' definitions; <see cref="MethodCatalog.BuiltIn"/> when <see langword="null"/>.</param>
    /// <returns>The canonical bytes, UTF-8.</returns>
    /// <exception cref="NotSupportedException">An indicator's method has no definition in <paramref name="methods"/>.</exception>
    public static byte[] WriteCanonical(CriteriaFramework framework, MethodCatalog? methods = null) =>
        WriteNaming(Guard.Against.Null(framework), framework.ConductCode?.Id, methods ?? MethodCatalog.BuiltIn);

    private static byte[] WriteNaming(CriteriaFramework framework, string? conductCodeReference, MethodCatalog methods)
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
            foreach (var group in framework.Groups) WriteGroup(w, group, methods);
            w.WriteEndArray();
            if (framework.Bonus.Count > 0)
            {
                w.WriteStartArray("bonus");
                foreach (var indicator in framework.Bonus) WriteIndicator(w, indicator, methods);
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

    private static void WriteGroup(Utf8JsonWriter w, CriterionGroup group, MethodCatalog methods)
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
            foreach (var indicator in criterion.Indicators) WriteIndicator(w, indicator, methods);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter w, Indicator indicator, MethodCatalog methods)
    {
        w.WriteStartObject();
        w.WriteString("id", indicator.Id);
        w.Text("title", indicator.Title);
        if (indicator.Description is { } description) w.Text("description", description);
        w.Number("maxPoints", indicator.MaxPoints);
        w.WriteStartObject("method");
        w.WriteString("kind", indicator.Method.Kind);
        methods.For(indicator.Method).Write(indicator.Method, new MethodFieldWriter(w));
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
