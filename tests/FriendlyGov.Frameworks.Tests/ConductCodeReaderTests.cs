using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests;

public sealed class ConductCodeReaderTests
{
    [Fact]
    public void The_built_in_code_holds_the_seeds_fourteen_rules_word_for_word_with_their_groups_and_severities()
    {
        var code = BuiltInConductCodes.FriendlyGovernment2024;

        code.Groups.Select(g => (g.Id, g.Title.Vi)).Should().Equal(("SMILE", "Nụ cười công sở"), ("4X", "4 xin"), ("4L", "4 luôn"), ("5K", "5 không"));
        code.Rules.Select(r => (r.Id, r.Text.Vi, r.Severity)).Should().Equal(
            ("SMILE", "Nụ cười công sở: tiếp đón niềm nở, giải thích, hướng dẫn tận tình cho nhân dân và tổ chức trong giải quyết thủ tục hành chính", Severity.Minor),
            ("4X.1", "xin chào", Severity.Minor),
            ("4X.2", "xin lỗi", Severity.Minor),
            ("4X.3", "xin cảm ơn", Severity.Minor),
            ("4X.4", "xin phép", Severity.Minor),
            ("4L.1", "luôn mỉm cười", Severity.Minor),
            ("4L.2", "luôn nhẹ nhàng", Severity.Minor),
            ("4L.3", "luôn lắng nghe", Severity.Minor),
            ("4L.4", "luôn giúp đỡ", Severity.Minor),
            ("5K.1", "không cửa quyền, hách dịch gây khó khăn phiền hà", Severity.Serious),
            ("5K.2", "không quan liêu vô cảm, vô trách nhiệm", Severity.Serious),
            ("5K.3", "không tham nhũng lãng phí lợi ích nhóm", Severity.Grave),
            ("5K.4", "không xu nịnh chạy chọt gian dối", Severity.Serious),
            ("5K.5", "không lợi dụng chức vụ quyền hạn trong thực thi công vụ", Severity.Grave));
        code.Rules.Should().OnlyContain(r => r.Text.En.Length > 0);
        code.Weights.Should().Equal(new Dictionary<Severity, decimal> { [Severity.Minor] = 1m, [Severity.Serious] = 3m, [Severity.Grave] = 10m });
    }

    [Fact]
    public void Another_provinces_code_loads_from_a_file_alone()
    {
        var code = new FrameworkLoader().LoadConductCode(Path.Combine(RepositoryRoot.Path, "fixtures", "conduct", "5-biet-3-khong-4-the-hien.json"));

        code.Groups.Select(g => g.Title.Vi).Should().Equal("5 biết", "3 không", "4 thể hiện");
        code.Rules.Should().HaveCount(12);
    }

    [Fact]
    public void A_framework_names_a_code_of_conduct_file_by_a_path_relative_to_itself()
    {
        // The path is ../conduct/…: it leaves the framework's folder, so the loader's root is fixtures/.
        var framework = new FrameworkLoader(JsonLimits.Default, RepositoryRoot.Combine("fixtures")).LoadFramework(Path.Combine(RepositoryRoot.Path, "fixtures", "frameworks", "custom-conduct.json"));

        framework.ConductCode!.Id.Should().Be("example-5-biet-3-khong-4-the-hien");
    }

    [Fact]
    public void Writing_and_reading_back_gives_the_same_document()
    {
        var written = ConductCodeWriter.Write(BuiltInConductCodes.FriendlyGovernment2024);

        ConductCodeWriter.Write(ConductCodeReader.Read(written, "written.json")).Should().Equal(written);
    }

    [Fact]
    public void Reports_every_problem_of_a_code_file_with_its_path()
    {
        const string Json = """
            {
              "format": "friendlygov.conduct/1", "id": "bad code", "version": "1",
              "title": { "vi": "Mã", "en": "Code" },
              "severities": { "minor": 0, "trivial": 1 },
              "groups": [
                { "id": "A", "title": { "vi": "A", "en": "A" }, "rules": [
                  { "id": "A.1", "text": { "vi": "a", "en": "a" }, "severity": "mild" },
                  { "id": "A.2", "text": { "vi": "a", "en": "a" }, "severity": "minor", "weight": 2 } ] }
              ]
            }
            """;

        var read = () => ConductCodeReader.Read(System.Text.Encoding.UTF8.GetBytes(Json), "code.json");

        read.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "code.json: $.severities.trivial: 'trivial' is not a property of the weights of severities { \"minor\", \"serious\", \"grave\" }; expected grave, minor, serious",
            "code.json: $.groups[0].rules[0].severity: 'mild' is not one of minor, serious, grave",
            "code.json: $.groups[0].rules[1].weight: 'weight' is not a property of a rule; expected id, severity, text");
    }

    [Fact]
    public void Refuses_a_framework_whose_conduct_rules_its_code_does_not_have()
    {
        const string Json = """
            {
              "format": "friendlygov.framework/1", "id": "tiny", "version": "1",
              "title": { "vi": "Nhỏ", "en": "Tiny" }, "jurisdiction": "Test", "appliesTo": ["xa"], "period": "year",
              "ratings": [ { "code": "all", "title": { "vi": "Tất cả", "en": "All" }, "minPoints": 0 } ],
              "groups": [ { "id": "G1", "title": { "vi": "Nhóm", "en": "Group" }, "criteria": [ { "id": "G1.1", "title": { "vi": "Tiêu chí", "en": "Criterion" },
                "indicators": [ { "id": "G1.1.1", "title": { "vi": "Ứng xử", "en": "Conduct" }, "maxPoints": 5,
                  "method": { "kind": "conduct", "rules": ["4X.*", "5K.9", "9Z.*"], "perBreach": 1 } } ] } ] } ],
              "caps": [ { "id": "C1", "title": { "vi": "Giới hạn", "en": "Cap" }, "when": { "conduct": { "rules": ["5K.3"], "role": "mayor" } }, "maxRating": "all" } ],
              "conductCode": "vn-friendly-government-2024"
            }
            """;

        var read = () => FrameworkReader.Read(System.Text.Encoding.UTF8.GetBytes(Json), "f.json");

        read.Should().Throw<InvalidInputException>().Which.Lines.Should().Equal(
            "f.json: $.caps[0].when.conduct.role: 'mayor' is not one of head, deputy, staff",
            "f.json: $.groups[0].criteria[0].indicators[0].method.rules[1]: '5K.9' is not a rule of the code of conduct vn-friendly-government-2024",
            "f.json: $.groups[0].criteria[0].indicators[0].method.rules[2]: '9Z.*' matches no rule of the code of conduct vn-friendly-government-2024");
    }
}
