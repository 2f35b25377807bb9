using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Frameworks;

/// <summary>
/// Checks a result bundle with nothing but itself: scores every unit again from the bundle's own
/// framework and evidence, compares each published figure with the recomputed one, ranks the units
/// again, recomputes every hash and, given the province's public key, checks the signature.
/// </summary>
public static class ResultVerifier
{
    /// <summary>Verifies a bundle.</summary>
    /// <param name="bundle">The bundle, as <see cref="ResultBundleReader"/> read it.</param>
    /// <param name="publicKey">The province's public key: when given, the bundle must be signed by it.</param>
    /// <param name="file">The bundle's bytes as read: when a key is given, they must be exactly the
    /// bytes <see cref="ResultBundleWriter"/> writes for the bundle, so that no byte escapes the
    /// signature; ignored without a key.</param>
    /// <returns>What does not match.</returns>
    public static ResultVerification Verify(ResultBundle bundle, ProvinceKey? publicKey = null, ReadOnlyMemory<byte>? file = null)
    {
        Guard.Against.Null(bundle);
        var differences = new List<string>();
        var frameworkSha256 = CountedEvidence.Sha256(FrameworkWriter.WriteCanonical(bundle.Framework));
        if (frameworkSha256 != bundle.FrameworkSha256)
            differences.Add($"framework: frameworkSha256 published {bundle.FrameworkSha256}, recomputed {frameworkSha256}");

        var engine = new ScoringEngine(bundle.Framework);
        var recomputed = new List<ScorecardSnapshot>(bundle.Units.Count);
        foreach (var unit in bundle.Units)
        {
            var published = unit.Scorecard;
            var code = published.UnitCode;
            var again = ScorecardSnapshot.Of(engine.Score(unit.Evidence));
            recomputed.Add(again);
            if (published.FrameworkSha256 != frameworkSha256)
                differences.Add($"{code}: frameworkSha256 published {published.FrameworkSha256 ?? "(none)"}, recomputed {frameworkSha256}");
            var evidenceSha256 = CountedEvidence.Sha256(CountedEvidence.Write(unit.Evidence, bundle.Framework));
            if (published.EvidenceSha256 != evidenceSha256)
                differences.Add($"{code}: evidenceSha256 published {published.EvidenceSha256 ?? "(none)"}, recomputed {evidenceSha256}");
            if (published.Framework != again.Framework)
                differences.Add($"{code}: framework published {published.Framework}, recomputed {again.Framework}");
            CompareFigures(code, published, again, differences);
        }

        CompareRanking(bundle.Ranking, recomputed, differences);
        if (publicKey is not null) CheckSignature(bundle, publicKey, file, differences);
        return new ResultVerification(bundle.Units.Count, differences);
    }

    private static void CompareFigures(string code, ScorecardSnapshot published, ScorecardSnapshot again, List<string> differences)
    {
        void Figure(string what, decimal? a, decimal? b)
        {
            if (a != b) differences.Add($"{code}: {what} published {Show(a)}, recomputed {Show(b)}");
        }

        void Word(string what, string? a, string? b)
        {
            if (a != b) differences.Add($"{code}: {what} published {a ?? "(none)"}, recomputed {b ?? "(none)"}");
        }

        Figure("total", published.Total, again.Total);
        Word("rating", published.Rating, again.Rating);
        Word("bandRating", published.BandRating, again.BandRating);
        Figure("bonus", published.Bonus, again.Bonus);
        foreach (var (id, points) in again.Groups) Figure(id, published.Groups.TryGetValue(id, out var p) ? p : null, points);
        foreach (var id in published.Groups.Keys.Where(id => !again.Groups.ContainsKey(id))) Figure(id, published.Groups[id], null);
        foreach (var (id, points) in again.Indicators)
        {
            Figure(id, published.Indicators.TryGetValue(id, out var p) ? p : null, points);
            var detail = again.IndicatorDetails![id];
            var given = published.IndicatorDetails?.GetValueOrDefault(id);
            Figure($"{id} self-assessed", given?.SelfAssessedPoints, detail.SelfAssessedPoints);
            Figure($"{id} appraised", given?.AppraisedPoints, detail.AppraisedPoints);
            Word($"{id} counted", given?.Counted is { } c ? ResultBundleWriter.CountedCode(c) : null, detail.Counted is { } d ? ResultBundleWriter.CountedCode(d) : null);
            Word($"{id} measuredFrom", given?.MeasuredFrom, detail.MeasuredFrom);
        }

        foreach (var id in published.Indicators.Keys.Where(id => !again.Indicators.ContainsKey(id))) Figure(id, published.Indicators[id], null);
        Word("caps", string.Join(", ", published.Caps.Order(StringComparer.Ordinal)), string.Join(", ", again.Caps.Order(StringComparer.Ordinal)));
        Word("missing", string.Join(", ", published.Missing.Order(StringComparer.Ordinal)), string.Join(", ", again.Missing.Order(StringComparer.Ordinal)));
    }

    private static void CompareRanking(IReadOnlyList<PublishedRank> published, List<ScorecardSnapshot> cards, List<string> differences)
    {
        var ranked = CompetitionRanking.Rank(cards, c => c.RatingRank, c => c.Total, c => c.UnitCode)
            .Select(r => new PublishedRank(r.Rank, r.Item.UnitCode, r.Item.UnitName, r.Item.Total, r.Item.Rating))
            .ToList();
        for (var i = 0; i < Math.Max(published.Count, ranked.Count); i++)
        {
            var given = i < published.Count ? published[i] : null;
            var again = i < ranked.Count ? ranked[i] : null;
            if (given != again) differences.Add($"ranking[{i}]: published {Row(given)}, recomputed {Row(again)}");
        }
    }

    private static void CheckSignature(ResultBundle bundle, ProvinceKey key, ReadOnlyMemory<byte>? file, List<string> differences)
    {
        if (bundle.Signature is not { } signature)
        {
            differences.Add("signature: the bundle is not signed");
            return;
        }

        if (signature.PublicKeySha256 != key.PublicKeySha256)
        {
            differences.Add($"signature: signed by the key {signature.PublicKeySha256}, not by the given public key {key.PublicKeySha256}");
            return;
        }

        if (file is { } bytes)
        {
            var canonical = ResultBundleWriter.Write(bundle);
            if (!bytes.Span.SequenceEqual(canonical))
            {
                var at = bytes.Span.CommonPrefixLength(canonical);
                differences.Add($"signature: the file differs from the signed form at byte {at}: it was changed after signing");
                return;
            }
        }

        var value = new byte[64];
        if (!Convert.TryFromBase64String(signature.Value, value, out var length) || length != 64
            || !key.Verify(ResultBundleWriter.SignedBytes(bundle), value))
        {
            differences.Add("signature: does not match the bundle's content: it was changed after signing, or signed by another key");
        }
    }

    private static string Show(decimal? value) => value is { } v ? Figures.Format(v) : "(none)";

    private static string Row(PublishedRank? row) =>
        row is null ? "(none)" : $"{row.Rank}. {row.UnitCode} {row.UnitName} {Figures.Format(row.Total)} {row.Rating}";
}
