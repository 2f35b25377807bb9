using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Frameworks.Tests;

/// <summary>The C# examples of README.md, as written there, so that they keep working.</summary>
public sealed class ReadmeExamplesTests
{
    [Fact]
    public void The_quick_start_scores_a_sample_file_and_explains_it()
    {
        var loader = new FrameworkLoader();
        var loaded = loader.LoadEvidence(RepositoryRoot.Combine("samples", "evidence", "25996-phuong-tan-phong.json"));

        var scorecard = loader.EngineFor(loaded.Framework).Score(loaded.Evidence);

        // samples/evidence/README.md: Phường Tân Phong scores 99.62, excellent (Xuất sắc).
        scorecard.Total.Should().Be(99.62m);
        scorecard.Rating.Title.Vi.Should().Be("Xuất sắc");
        scorecard.Indicators.Should().OnlyContain(i => i.Explanation.En.Length > 0 && i.Explanation.Vi.Length > 0);
    }

    [Fact]
    public void Evidence_built_in_code_scores_and_ranks()
    {
        var engine = new ScoringEngine(BuiltInFrameworks.DongNai2024);
        var evidence = UnitEvidence.SelfAssessedOnly(
            new AssessedUnit("25996", "Phường Tân Phong", UnitKind.Ward, "Đồng Nai"),
            AssessmentPeriod.OfYear(2024),
            new Dictionary<string, IndicatorEvidence>
            {
                ["G3.1.1"] = new() { Numerator = 940, Denominator = 1000 },
                ["G1.1.2"] = new() { Met = true },
            });

        var scorecard = engine.Score(evidence);
        var ranking = Ranking.Of([scorecard]);

        // G3.1.1 ratio 0.8–1 worth 8: 8 × (0.94 − 0.8) / 0.2 = 5.6; G1.1.2 check worth 5;
        // conduct indicators keep their maxima with no breach: G4.2.2 3 + G5.3.1 5.
        // Total 5.6 + 5 + 3 + 5 = 18.6.
        scorecard.Indicator("G3.1.1").Points.Should().Be(5.6m);
        scorecard.Total.Should().Be(18.6m);
        ranking.Entries.Should().ContainSingle().Which.Rank.Should().Be(1);
    }

    [Fact]
    public void A_conduct_observation_is_reported_and_confirmed()
    {
        var code = BuiltInConductCodes.FriendlyGovernment2024;
        var official = new Official("CB-017", "Cán bộ một cửa", new Posting("25996", OfficialRole.Staff, new LocalDate(2023, 1, 1)));
        var observation = ConductObservation.Report(code, official, "4X.1", new LocalDate(2024, 5, 2),
            ObservationSource.CitizenReport, "PA-2024-031", "Không chào hỏi người dân", "supervisor-1", SystemClock.Instance.GetCurrentInstant());
        observation.Confirm("inspector-2", SystemClock.Instance.GetCurrentInstant(), "Xác minh qua camera");

        observation.ToBreach().Should().Be(new ConductBreach("4X.1", "CB-017", OfficialRole.Staff, ObservationStatus.Confirmed, new LocalDate(2024, 5, 2)));
    }
}
