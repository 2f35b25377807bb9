using CsCheck;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Tests.Properties;

namespace FriendlyGov.Frameworks.Tests.Properties;

/// <summary>
/// Whatever valid framework or evidence is written, reading it back gives the same document:
/// writing it again gives the same bytes, and it scores the same.
/// </summary>
public sealed class RoundTripProperties
{
    private static ConductCode? TestCode(string id) => id == ValidFrameworks.Code.Id ? ValidFrameworks.Code : null;

    [Fact]
    public void A_written_framework_reads_back_to_the_same_bytes()
    {
        ValidFrameworks.Framework.Sample(framework =>
        {
            var written = FrameworkWriter.Write(framework);
            var read = FrameworkReader.Read(written, "generated.json", TestCode);

            FrameworkWriter.Write(read).Should().Equal(written);
        }, iter: PropertyRuns.Frameworks);
    }

    [Fact]
    public void Written_evidence_reads_back_to_the_same_bytes()
    {
        ValidEvidence.WithFramework.Sample((framework, evidence) =>
        {
            var written = EvidenceWriter.Write(new EvidenceDocument(framework.Id.ToString(), evidence));
            var read = EvidenceReader.Read(written, "evidence.json");

            EvidenceWriter.Write(read).Should().Equal(written);
        }, iter: PropertyRuns.Frameworks);
    }

    [Fact]
    public void A_framework_and_evidence_read_back_score_the_same()
    {
        ValidEvidence.WithFramework.Sample((framework, evidence) =>
        {
            var readFramework = FrameworkReader.Read(FrameworkWriter.Write(framework), "generated.json", TestCode);
            var readEvidence = EvidenceReader.Read(EvidenceWriter.Write(new EvidenceDocument(framework.Id.ToString(), evidence)), "evidence.json").Evidence;

            var before = new ScoringEngine(framework).Score(evidence);
            var after = new ScoringEngine(readFramework).Score(readEvidence);

            ScorecardWriter.Write([after], null).Should().Equal(ScorecardWriter.Write([before], null));
        }, iter: PropertyRuns.Frameworks);
    }
}
