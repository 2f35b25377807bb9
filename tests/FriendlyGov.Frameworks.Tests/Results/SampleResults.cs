using System.Security.Cryptography;
using System.Text;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks;
using NodaTime;

namespace FriendlyGov.Frameworks.Tests.Results;

/// <summary>Result bundles of the five sample evidence files, for the tests of the format and of the command line.</summary>
internal static class SampleResults
{
    /// <summary>The five sample units, as scored, in code order.</summary>
    public static ResultBundle Bundle()
    {
        var loader = new FrameworkLoader();
        var framework = BuiltInFrameworks.DongNai2024;
        var engine = new ScoringEngine(framework);
        var units = Directory.GetFiles(RepositoryRoot.Combine("samples", "evidence"), "*.json").Order(StringComparer.Ordinal)
            .Select(path => loader.LoadEvidence(path).Evidence)
            .Select(evidence => Published(engine.Score(evidence)))
            .ToList();
        var ranking = CompetitionRanking.Rank(units, u => u.Scorecard.RatingRank, u => u.Scorecard.Total, u => u.Scorecard.UnitCode)
            .Select(r => new PublishedRank(r.Rank, r.Item.Scorecard.UnitCode, r.Item.Scorecard.UnitName, r.Item.Scorecard.Total, r.Item.Scorecard.Rating))
            .ToList();
        return ResultBundle.Of(Guid.Parse("84559711-5ccf-4d22-bdc9-a0e84ad5d2b0"), "Đồng Nai", "2024", framework, units, ranking);
    }

    /// <summary>A unit as the workflow keeps it at finalization.</summary>
    public static PublishedUnit Published(Scorecard card)
    {
        var counted = CountedEvidence.Write(card.Evidence, card.Framework);
        return new PublishedUnit(card.Evidence, ScorecardSnapshot.Of(card) with
        {
            FrameworkSha256 = Convert.ToHexStringLower(SHA256.HashData(FrameworkWriter.WriteCanonical(card.Framework))),
            EvidenceSha256 = Convert.ToHexStringLower(SHA256.HashData(counted)),
            CountedEvidence = Encoding.UTF8.GetString(counted),
            FinalizedBy = "admin-dongnai",
            FinalizedAt = Instant.FromUtc(2025, 3, 3, 3, 0),
        });
    }
}
