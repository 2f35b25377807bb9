using System.Text;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests;

/// <summary><see cref="EvidenceWriter"/>: every sample evidence file survives writing and reading back.</summary>
public sealed class EvidenceWriterTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("25996-phuong-tan-phong.json")]
    [InlineData("26089-xa-binh-loc.json")]
    [InlineData("26116-thi-tran-tan-phu.json")]
    [InlineData("26131-xa-ta-lai.json")]
    [InlineData("26503-xa-phuoc-an.json")]
    public void A_sample_evidence_file_round_trips(string file)
    {
        var path = RepositoryRoot.Combine("samples", "evidence", file);
        var original = EvidenceReader.Read(File.ReadAllBytes(path), path);

        var written = EvidenceWriter.Write(original);
        var readBack = EvidenceReader.Read(written, "written.json");

        EvidenceWriter.Write(readBack).Should().Equal(written);
        readBack.Framework.Should().Be(original.Framework);
        readBack.Evidence.Unit.Should().Be(original.Evidence.Unit);
        readBack.Evidence.Period.Should().Be(original.Evidence.Period);
        SameEntries(readBack.Evidence.SelfAssessed, original.Evidence.SelfAssessed);
        SameEntries(readBack.Evidence.Appraised, original.Evidence.Appraised);
        readBack.Evidence.Conduct.Should().Equal(original.Evidence.Conduct);
    }

    [Fact]
    public void A_written_sample_still_loads_against_its_framework()
    {
        var path = RepositoryRoot.Combine("samples", "evidence", "26116-thi-tran-tan-phu.json");
        var written = EvidenceWriter.Write(EvidenceReader.Read(File.ReadAllBytes(path), path));

        var loaded = new FrameworkLoader().LoadEvidence(_temp.Write("copy.json", Encoding.UTF8.GetString(written)));

        loaded.Framework.Should().BeSameAs(BuiltInFrameworks.DongNai2024);
        loaded.Evidence.Appraised.Should().HaveCount(6);
    }

    [Fact]
    public void Writes_figures_without_trailing_zeros_and_text_unescaped()
    {
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G1.2.1": { "value": 0.90, "note": "Đã đối chiếu" }, "G5.1.1": { "average": 4.50, "count": 120 } }"""));

        var json = Encoding.UTF8.GetString(EvidenceWriter.Write(EvidenceReader.Read(File.ReadAllBytes(path), path)));

        json.Should().Contain("\"value\": 0.9,");
        json.Should().Contain("\"average\": 4.5\n");
        json.Should().Contain("\"note\": \"Đã đối chiếu\"");
        json.Should().Contain("\"name\": \"Phường Tân Phong\"");
    }

    [Fact]
    public void Writing_needs_a_framework_reference()
    {
        var path = RepositoryRoot.Combine("samples", "evidence", "26131-xa-ta-lai.json");
        var document = EvidenceReader.Read(File.ReadAllBytes(path), path) with { Framework = null };

        var write = () => EvidenceWriter.Write(document);

        write.Should().Throw<ArgumentException>();
    }

    private static void SameEntries(IReadOnlyDictionary<string, IndicatorEvidence> actual, IReadOnlyDictionary<string, IndicatorEvidence> expected)
    {
        actual.Keys.Should().BeEquivalentTo(expected.Keys);
        foreach (var (id, entry) in expected) actual[id].Should().Be(entry, "evidence for {0} should read back the same", id);
    }
}
