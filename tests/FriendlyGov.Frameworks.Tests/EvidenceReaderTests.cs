using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Tests.Support;
using NodaTime;

namespace FriendlyGov.Frameworks.Tests;

/// <summary>
/// <see cref="EvidenceReader"/>: reads the shape of an evidence document; whether its figures fit
/// the framework is <see cref="FrameworkLoader.LoadEvidence"/>'s job (see FrameworkLoaderTests).
/// </summary>
public sealed class EvidenceReaderTests : IDisposable
{
    private const string EntryFields = "average, count, denominator, items, met, note, numerator, points, responses, value";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reads_a_sample_evidence_file()
    {
        var path = RepositoryRoot.Combine("samples", "evidence", "25996-phuong-tan-phong.json");

        var document = EvidenceReader.Read(File.ReadAllBytes(path), path);

        document.Framework.Should().Be("dongnai-friendly-government@2024.1");
        var evidence = document.Evidence;
        evidence.Period.Should().Be(AssessmentPeriod.OfYear(2024));
        evidence.Unit.Code.Should().Be("25996");
        evidence.Unit.Name.Should().Be("Phường Tân Phong");
        evidence.Unit.Kind.Should().Be(UnitKind.Ward);
        evidence.Unit.Province.Should().Be("Đồng Nai");
        // The file lists 20 group indicators (all but the conduct indicators G4.2.2 and G5.3.1, which
        // take no evidence) and B1, and no appraised evidence.
        evidence.SelfAssessed.Should().HaveCount(21);
        evidence.Appraised.Should().BeEmpty();
        evidence.SelfAssessed["G1.1.1"].Items.Should().Equal("office", "portal", "hotline");
        evidence.SelfAssessed["G1.2.1"].Numerator.Should().Be(3412m);
        evidence.SelfAssessed["G1.2.1"].Denominator.Should().Be(4105m);
        evidence.SelfAssessed["G1.2.1"].Note.Should().Be("Hồ sơ tiếp nhận trực tuyến trên Cổng dịch vụ công");
        evidence.SelfAssessed["G5.1.1"].Average.Should().Be(4.62m);
        evidence.SelfAssessed["G5.1.1"].Count.Should().Be(1240m);
        evidence.SelfAssessed["G4.2.1"].Points.Should().Be(1.5m);
        evidence.SelfAssessed["B1"].Value.Should().Be(2m);
    }

    [Fact]
    public void Reads_appraised_evidence_apart_from_self_assessed()
    {
        var path = RepositoryRoot.Combine("samples", "evidence", "26116-thi-tran-tan-phu.json");

        var evidence = EvidenceReader.Read(File.ReadAllBytes(path), path).Evidence;

        evidence.SelfAssessed["G1.2.1"].Value.Should().Be(0.62m);
        evidence.Appraised.Keys.Should().BeEquivalentTo("G1.2.1", "G3.1.1", "G3.3.1", "G4.2.1", "G5.1.1", "B1");
        evidence.Appraised["G1.2.1"].Value.Should().Be(0.58m);
        evidence.Appraised["G3.1.1"].Numerator.Should().Be(1171m);
    }

    [Fact]
    public void Reading_alone_does_not_check_indicators_against_a_framework()
    {
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G9.9.9": { "value": 1.3 } }"""));

        var evidence = EvidenceReader.Read(File.ReadAllBytes(path), path).Evidence;

        evidence.SelfAssessed["G9.9.9"].Value.Should().Be(1.3m);
    }

    [Fact]
    public void An_unknown_evidence_field_is_refused_with_the_known_ones()
    {
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G1.2.1": { "valeu": 0.9 } }"""));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.indicators['G1.2.1'].valeu: 'valeu' is not a property of indicator evidence; expected {EntryFields}");
    }

    [Fact]
    public void A_malformed_period_says_how_to_write_one()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(period: "2024-13"));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.period: '2024-13' is not a period: write 2024 (year), 2024-H1 (half-year), 2024-Q2 (quarter) or 2024-05 (month)");
    }

    [Fact]
    public void An_unknown_unit_kind_names_the_kinds()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(unit: """{ "code": "26089", "name": "Thôn Bình Lộc", "kind": "thon" }"""));

        ProblemsOf(path).Should().Equal($"{path}: $.unit.kind: 'thon' is not one of xa, phuong, thi-tran, dac-khu");
    }

    [Fact]
    public void A_unit_code_must_have_five_digits()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(unit: """{ "code": "2599", "name": "Phường Tân Phong", "kind": "phuong" }"""));

        ProblemsOf(path).Should().Equal($"{path}: $.unit.code: '2599' is not a unit code: the official code has five digits, such as 25996");
    }

    [Fact]
    public void Wrong_types_in_evidence_name_the_value()
    {
        var path = _temp.Write("e.json", EvidenceJson.With("""{ "G1.1.2": { "met": "yes" }, "G1.1.1": { "items": ["office", 1] } }"""));

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $.indicators['G1.1.2'].met: 'yes' is not true or false",
            $"{path}: $.indicators['G1.1.1'].items[1]: 1 is not a string");
    }

    [Fact]
    public void Format_and_framework_are_required_in_an_evidence_file()
    {
        var json = EvidenceJson.With()
            .Replace("\"format\": \"friendlygov.evidence/1\",", string.Empty, StringComparison.Ordinal)
            .Replace("\"framework\": \"dongnai-friendly-government@2024.1\",", string.Empty, StringComparison.Ordinal);
        var path = _temp.Write("e.json", json);

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $: 'format' is required in an evidence document",
            $"{path}: $: 'framework' is required in an evidence document");
    }

    [Fact]
    public void Every_shape_problem_of_an_evidence_file_is_reported_at_once()
    {
        var json = EvidenceJson.With(
            """{ "G1.2.1": { "valeu": 0.9 } }""",
            period: "2024-Q5",
            unit: """{ "code": "26089", "name": "Xã Bình Lộc", "kind": "thon" }""",
            extra: """, "apprised": {}""");
        var path = _temp.Write("e.json", json);

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $.period: '2024-Q5' is not a period: write 2024 (year), 2024-H1 (half-year), 2024-Q2 (quarter) or 2024-05 (month)",
            $"{path}: $.unit.kind: 'thon' is not one of xa, phuong, thi-tran, dac-khu",
            $"{path}: $.indicators['G1.2.1'].valeu: 'valeu' is not a property of indicator evidence; expected {EntryFields}",
            $"{path}: $.apprised: 'apprised' is not a property of an evidence document; expected $schema, appraised, conduct, format, framework, indicators, period, unit");
    }

    [Fact]
    public void Decomposed_vietnamese_in_evidence_is_read_as_nfc()
    {
        // "Xã Hòa Bình" in NFD, written with JSON escapes: a + U+0303, o + U+0300, i + U+0300.
        var unit = """{ "code": "26089", "name": "Xa\u0303 Ho\u0300a Bi\u0300nh", "kind": "xa", "province": "\u0110o\u0302\u0300ng Nai" }""";
        var indicators = """{ "G4.2.1": { "points": 3, "note": "Ho\u0300a gia\u0309i" } }""";
        var path = _temp.Write("e.json", EvidenceJson.With(indicators, unit: unit));

        var evidence = EvidenceReader.Read(File.ReadAllBytes(path), path).Evidence;

        evidence.Unit.Name.Should().Be("X\u00E3 H\u00F2a B\u00ECnh");
        evidence.Unit.Province.Should().Be("\u0110\u1ED3ng Nai");
        // "Hòa giải": o + grave → U+00F2; a + hook above → U+1EA3.
        evidence.SelfAssessed["G4.2.1"].Note.Should().Be("H\u00F2a gi\u1EA3i");
    }

    [Fact]
    public void Reads_conduct_observations()
    {
        var path = RepositoryRoot.Combine("samples", "evidence", "25996-phuong-tan-phong.json");

        var conduct = EvidenceReader.Read(File.ReadAllBytes(path), path).Evidence.Conduct;

        conduct.Should().HaveCount(2);
        conduct[0].RuleId.Should().Be("4X.2");
        conduct[0].OfficialCode.Should().Be("CB-112");
        conduct[0].Role.Should().Be(OfficialRole.Staff);
        conduct[0].Status.Should().Be(ObservationStatus.Reported);
        conduct[0].On.Should().Be(new LocalDate(2024, 8, 14));
        conduct[1].Role.Should().Be(OfficialRole.Head);
        conduct[1].Status.Should().Be(ObservationStatus.Dismissed);
    }

    [Fact]
    public void An_unknown_observation_status_names_the_statuses()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(extra: """, "conduct": [ { "rule": "5K.3", "official": "CB-017", "role": "head", "status": "maybe", "on": "2024-05-02" } ]"""));

        ProblemsOf(path).Should().Equal($"{path}: $.conduct[0].status: 'maybe' is not one of reported, confirmed, dismissed");
    }

    [Fact]
    public void Observation_role_official_and_date_are_checked()
    {
        var path = _temp.Write("e.json", EvidenceJson.With(extra: """, "conduct": [ { "rule": "5K.3", "official": "CB 017", "role": "chief", "status": "confirmed", "on": "2024-02-30" } ]"""));

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $.conduct[0].official: 'CB 017' is not an official's code: use letters, digits and '-'",
            $"{path}: $.conduct[0].role: 'chief' is not one of head, deputy, staff",
            $"{path}: $.conduct[0].on: '2024-02-30' is not a date: write it as 2024-05-02");
    }

    private static List<string> ProblemsOf(string path)
    {
        var read = () => EvidenceReader.Read(File.ReadAllBytes(path), path);
        return read.Should().Throw<InvalidInputException>().Which.Lines.ToList();
    }
}
