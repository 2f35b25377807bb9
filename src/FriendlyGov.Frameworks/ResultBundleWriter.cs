using System.Globalization;
using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Frameworks.Json;
using NodaTime.Text;

namespace FriendlyGov.Frameworks;

/// <summary>Writes a <see cref="ResultBundle"/> as a <c>friendlygov.result/1</c> document, signed or not.</summary>
/// <remarks>
/// The output is deterministic: the same bundle gives the same bytes. The signature is the last
/// member, so the signed bytes are the file without it (docs/formats.md, "The signed form").
/// </remarks>
public static class ResultBundleWriter
{
    /// <summary>The bundle as UTF-8 JSON, with its <see cref="ResultBundle.Signature"/> when it has one.</summary>
    /// <param name="bundle">The bundle.</param>
    /// <returns>The document's bytes.</returns>
    public static byte[] Write(ResultBundle bundle)
    {
        Guard.Against.Null(bundle);
        return JsonOutput.Write(w => WriteBundle(w, bundle));
    }

    /// <summary>Signs the bundle with a province's private key and writes it.</summary>
    /// <param name="bundle">The bundle; a signature it already has is replaced.</param>
    /// <param name="key">The province's key, with its private part.</param>
    /// <returns>The signed document's bytes.</returns>
    public static byte[] WriteSigned(ResultBundle bundle, ProvinceKey key)
    {
        Guard.Against.Null(bundle);
        Guard.Against.Null(key);
        return Write(Sign(bundle, key));
    }

    /// <summary>The bundle with its signature by <paramref name="key"/> over <see cref="SignedBytes"/>.</summary>
    /// <param name="bundle">The bundle.</param>
    /// <param name="key">The province's key, with its private part.</param>
    /// <returns>The signed bundle.</returns>
    public static ResultBundle Sign(ResultBundle bundle, ProvinceKey key)
    {
        Guard.Against.Null(key);
        var signature = key.Sign(SignedBytes(bundle));
        return bundle with { Signature = new ResultSignature(ProvinceKey.Algorithm, key.PublicKeySha256, Convert.ToBase64String(signature)) };
    }

    /// <summary>The bytes a signature covers: the bundle written without its signature.</summary>
    /// <param name="bundle">The bundle.</param>
    /// <returns>The signed bytes.</returns>
    public static byte[] SignedBytes(ResultBundle bundle) => Write(Guard.Against.Null(bundle) with { Signature = null });

    private static void WriteBundle(Utf8JsonWriter w, ResultBundle bundle)
    {
        w.WriteStartObject();
        w.WriteString("format", FormatNames.Result);
        w.WriteStartObject("round");
        w.WriteString("id", bundle.RoundId.ToString("D", CultureInfo.InvariantCulture));
        w.WriteString("province", bundle.Province);
        w.WriteString("period", bundle.Period);
        w.WriteEndObject();
        w.WriteString("frameworkSha256", bundle.FrameworkSha256);
        w.WritePropertyName("framework");
        Embed(w, FrameworkWriter.WriteCanonical(bundle.Framework));
        if (bundle.Framework.ConductCode is { } code)
        {
            w.WritePropertyName("conductCode");
            Embed(w, ConductCodeWriter.Write(code));
        }

        w.WriteStartArray("units");
        foreach (var unit in bundle.Units) WriteUnit(w, unit, bundle);
        w.WriteEndArray();
        w.WriteStartArray("ranking");
        foreach (var row in bundle.Ranking)
        {
            w.WriteStartObject();
            w.WriteNumber("rank", row.Rank);
            w.WriteString("unitCode", row.UnitCode);
            w.WriteString("unitName", row.UnitName);
            w.Number("total", row.Total);
            w.WriteString("rating", row.Rating);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        if (bundle.Signature is { } signature)
        {
            w.WriteStartObject("signature");
            w.WriteString("algorithm", signature.Algorithm);
            w.WriteString("publicKeySha256", signature.PublicKeySha256);
            w.WriteString("value", signature.Value);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static void WriteUnit(Utf8JsonWriter w, PublishedUnit unit, ResultBundle bundle)
    {
        var card = unit.Scorecard;
        w.WriteStartObject();
        w.WriteString("unitCode", card.UnitCode);
        if (card.FinalizedBy is { } by) w.WriteString("finalizedBy", by);
        if (card.FinalizedAt is { } at) w.WriteString("finalizedAt", InstantPattern.ExtendedIso.Format(at));
        if (card.EvidenceSha256 is { } evidenceHash) w.WriteString("evidenceSha256", evidenceHash);
        CountedEvidence.WriteMembers(w, unit.Evidence, bundle.Framework.Id);
        w.WriteStartObject("scorecard");
        w.WriteString("framework", card.Framework);
        if (card.FrameworkSha256 is { } frameworkHash) w.WriteString("frameworkSha256", frameworkHash);
        w.Number("total", card.Total);
        w.WriteString("rating", card.Rating);
        w.WriteString("bandRating", card.BandRating);
        w.Number("bonus", card.Bonus);
        w.WriteStartObject("groups");
        foreach (var (id, points) in card.Groups) w.Number(id, points);
        w.WriteEndObject();
        w.WriteStartObject("indicators");
        foreach (var (id, points) in card.Indicators)
        {
            w.WriteStartObject(id);
            w.Number("points", points);
            if (card.IndicatorDetails?.GetValueOrDefault(id) is { } detail)
            {
                if (detail.SelfAssessedPoints is { } self) w.Number("selfAssessed", self);
                if (detail.AppraisedPoints is { } appraised) w.Number("appraised", appraised);
                if (detail.Difference is { } difference) w.Number("difference", difference);
                if (detail.Counted is { } counted) w.WriteString("counted", CountedCode(counted));
                if (detail.MeasuredFrom is { } source) w.WriteString("measuredFrom", source);
            }

            w.Text("explanation", card.Explanations[id]);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("caps");
        foreach (var cap in card.Caps)
        {
            if (card.CapReasons?.GetValueOrDefault(cap) is { } reason) w.Text(cap, reason);
            else w.WriteNull(cap);
        }

        w.WriteEndObject();
        w.WriteStartArray("missing");
        foreach (var id in card.Missing) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>How a bundle writes which evidence counted.</summary>
    internal static string CountedCode(EvidenceSource source) => source switch
    {
        EvidenceSource.Self => "self",
        EvidenceSource.Appraisal => "appraisal",
        _ => "derived",
    };

    private static void Embed(Utf8JsonWriter w, byte[] document)
    {
        using var json = JsonDocument.Parse(document);
        json.RootElement.WriteTo(w);
    }
}
