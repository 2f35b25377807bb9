using System.Text;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests;

/// <summary>
/// <see cref="FrameworkReader"/>: a valid framework file becomes a <c>CriteriaFramework</c>; a bad one
/// is refused with one line per problem, <c>file: $.path: message</c>, all of them at once.
/// </summary>
public sealed class FrameworkReaderTests : IDisposable
{
    private const string MethodKinds = "check, checklist, ratio, bands, deduction, scale, import, points, conduct";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Reads_the_small_test_framework_that_the_error_cases_start_from()
    {
        var framework = FrameworkReader.ReadFile(_temp.Write("tiny.json", FrameworkJson.With()));

        framework.Id.ToString().Should().Be("tiny@1");
        framework.AppliesTo.Should().Equal(UnitKind.Commune, UnitKind.Ward);
        framework.Period.Should().Be(PeriodKind.Year);
        framework.Ratings.Select(r => r.Code).Should().Equal("good", "poor");
        // One indicator worth 5, no bonus.
        framework.MaxPoints.Should().Be(5m);
        framework.BonusMaxPoints.Should().Be(0m);
        var method = framework.Indicators.Single().Method.Should().BeOfType<RatioMethod>().Subject;
        method.Floor.Should().Be(0.5m);
        method.Target.Should().Be(1m);
    }

    [Fact]
    public void Decimals_default_to_2_when_left_out()
    {
        FrameworkReader.ReadFile(_temp.Write("tiny.json", FrameworkJson.With())).Decimals.Should().Be(2);
    }

    [Fact]
    public void Accepts_the_schema_property_that_editors_use()
    {
        var json = FrameworkJson.With().Replace("\"format\":", "\"$schema\": \"../schemas/friendlygov.framework-1.schema.json\",\n  \"format\":", StringComparison.Ordinal);

        FrameworkReader.ReadFile(_temp.Write("tiny.json", json)).Id.ToString().Should().Be("tiny@1");
    }

    [Fact]
    public void Bad_json_is_reported_with_its_line_and_column()
    {
        // The value of "id" is missing: the '}' on line 3 is at byte 8 of the line, column 9.
        var path = _temp.Write("bad.json", """
            {
              "format": "friendlygov.framework/1",
              "id": }
            """);

        var lines = ProblemsOf(path);

        lines.Should().ContainSingle().Which.Should().StartWith($"{path}: $: not valid JSON at line 3, column 9: ");
    }

    [Fact]
    public void A_trailing_comma_is_bad_json_at_the_closing_brace()
    {
        // Strict JSON: the '}' after the trailing comma is the first character of line 3.
        var path = _temp.Write("bad.json", """
            {
              "format": "friendlygov.framework/1",
            }
            """);

        ProblemsOf(path).Should().ContainSingle().Which.Should().StartWith($"{path}: $: not valid JSON at line 3, column 1: ");
    }

    [Fact]
    public void A_mistyped_property_is_unknown_and_the_real_one_is_missing()
    {
        var indicator = """
            { "id": "G1.1.1", "title": { "vi": "Chỉ tiêu", "en": "Indicator" }, "maxPoint": 5, "method": { "kind": "check" } }
            """;
        var path = _temp.Write("typo.json", FrameworkJson.With(indicator));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(0)}: 'maxPoints' is required in an indicator",
            $"{path}: {FrameworkJson.IndicatorPath(0)}.maxPoint: 'maxPoint' is not a property of an indicator; expected description, id, maxPoints, method, source, title");
    }

    [Fact]
    public void A_duplicate_property_name_is_an_error()
    {
        var json = FrameworkJson.With().Replace("\"id\": \"tiny\",", "\"id\": \"tiny\",\n  \"id\": \"other\",", StringComparison.Ordinal);
        var path = _temp.Write("twice.json", json);

        ProblemsOf(path).Should().Equal($"{path}: $.id: 'id' is given more than once in this object");
    }

    [Fact]
    public void A_duplicate_property_name_is_reported_with_the_path_of_its_object()
    {
        // docs/formats.md: "Every problem is reported with the file, the JSON path and what is wrong".
        var indicator = """
            { "id": "G1.1.1", "title": { "vi": "Đạt", "en": "Met" }, "maxPoints": 5, "maxPoints": 4, "method": { "kind": "check" } }
            """;
        var path = _temp.Write("twice.json", FrameworkJson.With(indicator));

        var line = ProblemsOf(path).Should().ContainSingle().Subject;

        line.Should().StartWith($"{path}: {FrameworkJson.IndicatorPath(0)}");
        line.Should().Contain("'maxPoints'");
    }

    [Fact]
    public void A_duplicate_id_names_both_places()
    {
        var indicators = FrameworkJson.Indicator + ", " + """
            { "id": "G1.1.1", "title": { "vi": "Lặp", "en": "Again" }, "maxPoints": 2, "method": { "kind": "check" } }
            """;
        var path = _temp.Write("duplicate.json", FrameworkJson.With(indicators));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(1)}.id: 'G1.1.1' is a duplicate id: groups[0].criteria[0].indicators[0].id has it already");
    }

    [Fact]
    public void Ids_are_unique_across_groups_criteria_and_indicators()
    {
        // The indicator takes its criterion's id.
        var indicator = """
            { "id": "G1.1", "title": { "vi": "Chỉ tiêu", "en": "Indicator" }, "maxPoints": 5, "method": { "kind": "check" } }
            """;
        var path = _temp.Write("duplicate.json", FrameworkJson.With(indicator));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.id: 'G1.1' is a duplicate id: groups[0].criteria[0].id has it already");
    }

    [Fact]
    public void Checklist_items_must_add_up_to_the_indicator_maximum()
    {
        // 2 + 2 = 4, not 5.
        var indicator = """
            { "id": "G1.1.1", "title": { "vi": "Danh mục", "en": "Checklist" }, "maxPoints": 5,
              "method": { "kind": "checklist", "items": [ { "id": "a", "points": 2 }, { "id": "b", "points": 2 } ] } }
            """;
        var path = _temp.Write("checklist.json", FrameworkJson.With(indicator));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.method.items: the items add up to 4, not to the indicator's maxPoints 5");
    }

    [Fact]
    public void A_ratio_floor_at_or_above_its_target_is_refused()
    {
        var indicator = """
            { "id": "G1.1.1", "title": { "vi": "Tỷ lệ", "en": "Ratio" }, "maxPoints": 5, "method": { "kind": "ratio", "floor": 0.8, "target": 0.8 } }
            """;
        var path = _temp.Write("ratio.json", FrameworkJson.With(indicator));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.method.floor: floor 0.8 must be below target 0.8");
    }

    [Fact]
    public void A_cap_must_name_an_existing_rating()
    {
        var path = _temp.Write("cap.json", FrameworkJson.With(extra: FrameworkJson.Caps("""{ "groupShareBelow": 0.5 }""", "great")));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.caps[0].maxRating: 'great' is not a rating of this framework; its ratings are good, poor");
    }

    [Fact]
    public void A_cap_must_name_an_existing_indicator()
    {
        var when = """{ "indicatorBelow": { "indicator": "G9.9.9", "points": 1 } }""";
        var path = _temp.Write("cap.json", FrameworkJson.With(extra: FrameworkJson.Caps(when, "poor")));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.caps[0].when.indicatorBelow.indicator: 'G9.9.9' is not an indicator of this framework");
    }

    [Fact]
    public void A_cap_condition_needs_exactly_one_kind()
    {
        var path = _temp.Write("cap.json", FrameworkJson.With(extra: FrameworkJson.Caps("{ }", "poor")));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.caps[0].when: a cap condition has exactly one of conduct, groupShareBelow, indicatorBelow; found none");
    }

    [Fact]
    public void An_unknown_method_kind_lists_the_kinds()
    {
        var indicator = """
            { "id": "G1.1.1", "title": { "vi": "Tỷ lệ", "en": "Ratio" }, "maxPoints": 5, "method": { "kind": "ratoi", "floor": 0.5, "target": 1 } }
            """;
        var path = _temp.Write("kind.json", FrameworkJson.With(indicator));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.method.kind: 'ratoi' is not a method kind; the kinds are {MethodKinds}");
    }

    public static TheoryData<string, string, string> ValuesOutOfRange => new()
    {
        // indicator, extra top-level properties, expected "path: message" after the file name
        { FrameworkJson.Indicator, """, "decimals": 9""", "$.decimals: 9 is outside [0, 6]" },
        { FrameworkJson.Indicator, """, "decimals": -1""", "$.decimals: -1 is outside [0, 6]" },
        { FrameworkJson.Indicator, """, "decimals": 2.5""", "$.decimals: 2.5 is not a whole number" },
        { FrameworkJson.Indicator, FrameworkJson.Caps("""{ "groupShareBelow": 1.5 }""", "poor"), "$.caps[0].when.groupShareBelow: 1.5 is outside (0, 1]" },
        { FrameworkJson.Indicator, FrameworkJson.Caps("""{ "groupShareBelow": 0 }""", "poor"), "$.caps[0].when.groupShareBelow: 0 is outside (0, 1]" },
        {
            """{ "id": "G1.1.1", "title": { "vi": "Đạt", "en": "Met" }, "maxPoints": 0, "method": { "kind": "check" } }""",
            string.Empty,
            $"{FrameworkJson.IndicatorPath(0)}.maxPoints: 0 is not > 0"
        },
        {
            """{ "id": "G1.1.1", "title": { "vi": "Tỷ lệ", "en": "Ratio" }, "maxPoints": 5, "method": { "kind": "ratio", "floor": 0.5, "target": 1.2 } }""",
            string.Empty,
            $"{FrameworkJson.IndicatorPath(0)}.method.target: 1.2 is outside [0, 1]"
        },
        {
            """{ "id": "G1.1.1", "title": { "vi": "Khảo sát", "en": "Survey" }, "maxPoints": 5, "method": { "kind": "scale", "low": 5, "high": 1 } }""",
            string.Empty,
            $"{FrameworkJson.IndicatorPath(0)}.method.low: low 5 must be below high 1"
        },
        {
            """{ "id": "G1.1.1", "title": { "vi": "Trừ điểm", "en": "Deduction" }, "maxPoints": 5, "method": { "kind": "deduction", "perCount": 0 } }""",
            string.Empty,
            $"{FrameworkJson.IndicatorPath(0)}.method.perCount: 0 is not > 0"
        },
        {
            """{ "id": "G1.1.1", "title": { "vi": "Chỉ số", "en": "Index" }, "maxPoints": 5, "method": { "kind": "import", "scaleMax": 0 } }""",
            string.Empty,
            $"{FrameworkJson.IndicatorPath(0)}.method.scaleMax: 0 is not > 0"
        },
        {
            """{ "id": "G1.1.1", "title": { "vi": "Mức", "en": "Bands" }, "maxPoints": 5, "method": { "kind": "bands", "bands": [ { "min": 1, "points": 2 }, { "min": 3, "points": 6 } ] } }""",
            string.Empty,
            $"{FrameworkJson.IndicatorPath(0)}.method.bands[1].points: 6 is above the indicator's maxPoints 5"
        },
        {
            """{ "id": "G1.1.1", "title": { "vi": "Mức", "en": "Bands" }, "maxPoints": 5, "method": { "kind": "bands", "bands": [ { "min": 3, "points": 2 }, { "min": 3, "points": 5 } ] } }""",
            string.Empty,
            $"{FrameworkJson.IndicatorPath(0)}.method.bands[1].min: 3 is not above the previous band's min 3: bands go in strictly ascending min"
        },
    };

    [Theory, MemberData(nameof(ValuesOutOfRange))]
    public void A_value_out_of_range_names_its_path(string indicator, string extra, string expected)
    {
        var path = _temp.Write("range.json", FrameworkJson.With(indicator, extra: extra));

        ProblemsOf(path).Should().Equal($"{path}: {expected}");
    }

    [Fact]
    public void Missing_required_fields_are_each_reported_on_their_object()
    {
        var indicator = """{ "id": "G1.1.1", "title": { "vi": "Chỉ tiêu", "en": "Indicator" }, "maxPoints": 5 }""";
        var json = FrameworkJson.With(indicator).Replace("\"jurisdiction\": \"Đồng Nai\",", string.Empty, StringComparison.Ordinal);
        var path = _temp.Write("missing.json", json);

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $: 'jurisdiction' is required in a framework",
            $"{path}: {FrameworkJson.IndicatorPath(0)}: 'method' is required in an indicator");
    }

    [Fact]
    public void A_text_needs_both_languages()
    {
        var json = FrameworkJson.With().Replace("\"title\": { \"vi\": \"Bộ tiêu chí nhỏ\", \"en\": \"A small framework\" }", "\"title\": { \"vi\": \"Bộ tiêu chí nhỏ\" }", StringComparison.Ordinal);
        var path = _temp.Write("text.json", json);

        ProblemsOf(path).Should().Equal($"{path}: $.title: 'en' is required in a text {{ \"vi\": …, \"en\": … }}");
    }

    [Fact]
    public void Wrong_types_name_the_value_and_what_was_expected()
    {
        var indicator = """{ "id": "G1.1.1", "title": { "vi": "Đạt", "en": "Met" }, "maxPoints": "5", "method": { "kind": "check" } }""";
        var json = FrameworkJson.With(indicator, extra: """, "decimals": "2" """)
            .Replace("\"appliesTo\": [\"xa\", \"phuong\"]", "\"appliesTo\": \"xa\"", StringComparison.Ordinal);
        var path = _temp.Write("types.json", json);

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $.appliesTo: 'xa' is not an array",
            $"{path}: $.decimals: '2' is not a number",
            $"{path}: {FrameworkJson.IndicatorPath(0)}.maxPoints: '5' is not a number");
    }

    [Fact]
    public void A_text_given_as_a_string_is_not_an_object()
    {
        var json = FrameworkJson.With().Replace("\"title\": { \"vi\": \"Bộ tiêu chí nhỏ\", \"en\": \"A small framework\" }", "\"title\": \"Bộ tiêu chí nhỏ\"", StringComparison.Ordinal);
        var path = _temp.Write("text.json", json);

        ProblemsOf(path).Should().Equal($"{path}: $.title: 'Bộ tiêu chí nhỏ' is not an object: expected a text {{ \"vi\": …, \"en\": … }}");
    }

    [Fact]
    public void A_number_too_big_for_decimal_is_refused_not_rounded()
    {
        var indicator = """{ "id": "G1.1.1", "title": { "vi": "Đạt", "en": "Met" }, "maxPoints": 1e400, "method": { "kind": "check" } }""";
        var path = _temp.Write("big.json", FrameworkJson.With(indicator));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.maxPoints: 1e400 is beyond the range of numbers FriendlyGov holds exactly (decimal)");
    }

    [Fact]
    public void Ratings_must_descend_strictly()
    {
        // 75 after 50 goes up.
        var ratings = """
            [
              { "code": "fair", "title": { "vi": "Khá", "en": "Fair" }, "minPoints": 50 },
              { "code": "good", "title": { "vi": "Tốt", "en": "Good" }, "minPoints": 75 },
              { "code": "poor", "title": { "vi": "Chưa đạt", "en": "Poor" }, "minPoints": 0 }
            ]
            """;
        var path = _temp.Write("ratings.json", FrameworkJson.With(ratings: ratings));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.ratings[1].minPoints: 75 is not below the previous rating's 50: ratings go in strictly descending minPoints");
    }

    [Fact]
    public void The_lowest_rating_must_start_at_0()
    {
        var ratings = """
            [
              { "code": "good", "title": { "vi": "Tốt", "en": "Good" }, "minPoints": 6 },
              { "code": "poor", "title": { "vi": "Chưa đạt", "en": "Poor" }, "minPoints": 1 }
            ]
            """;
        var path = _temp.Write("ratings.json", FrameworkJson.With(ratings: ratings));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.ratings[1].minPoints: 1 is not 0: the lowest rating must start at 0 so that every total has a rating");
    }

    [Fact]
    public void The_format_must_be_framework_1()
    {
        var json = FrameworkJson.With().Replace("friendlygov.framework/1", "friendlygov.evidence/1", StringComparison.Ordinal);
        var path = _temp.Write("format.json", json);

        ProblemsOf(path).Should().Equal($"{path}: $.format: 'friendlygov.evidence/1' is not friendlygov.framework/1");
    }

    [Fact]
    public void The_format_is_required()
    {
        var json = FrameworkJson.With().Replace("\"format\": \"friendlygov.framework/1\",", string.Empty, StringComparison.Ordinal);
        var path = _temp.Write("format.json", json);

        ProblemsOf(path).Should().Equal($"{path}: $: 'format' is required in a framework");
    }

    [Fact]
    public void Every_problem_of_a_file_is_reported_at_once()
    {
        var ratings = """
            [
              { "code": "fair", "title": { "vi": "Khá", "en": "Fair" }, "minPoints": 50 },
              { "code": "good", "title": { "vi": "Tốt", "en": "Good" }, "minPoints": 75 },
              { "code": "poor", "title": { "vi": "Chưa đạt", "en": "Poor" }, "minPoints": 0 }
            ]
            """;
        var json = FrameworkJson.With(ratings: ratings, extra: FrameworkJson.Caps("""{ "groupShareBelow": 0.5 }""", "great") + """, "decimals": 9, "colour": "blue" """)
            .Replace("friendlygov.framework/1", "friendlygov.framework/2", StringComparison.Ordinal)
            .Replace("\"id\": \"tiny\"", "\"id\": \"Tiny\"", StringComparison.Ordinal)
            .Replace("\"jurisdiction\": \"Đồng Nai\"", "\"jurisdiction\": 7", StringComparison.Ordinal)
            .Replace("\"appliesTo\": [\"xa\", \"phuong\"]", "\"appliesTo\": [\"xa\", \"thon\"]", StringComparison.Ordinal)
            .Replace("\"period\": \"year\"", "\"period\": \"week\"", StringComparison.Ordinal);
        var path = _temp.Write("many.json", json);

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: $.format: 'friendlygov.framework/2' is not friendlygov.framework/1",
            $"{path}: $.id: 'Tiny' is not a framework id: use lowercase letters, digits and '-'",
            $"{path}: $.jurisdiction: 7 is not a string",
            $"{path}: $.appliesTo[1]: 'thon' is not one of xa, phuong, thi-tran, dac-khu",
            $"{path}: $.period: 'week' is not one of year, half-year, quarter, month",
            $"{path}: $.colour: 'colour' is not a property of a framework; expected $schema, appliesTo, bonus, caps, conductCode, decimals, description, format, groups, id, jurisdiction, period, ratings, title, version",
            $"{path}: $.decimals: 9 is outside [0, 6]",
            $"{path}: $.ratings[1].minPoints: 75 is not below the previous rating's 50: ratings go in strictly descending minPoints",
            $"{path}: $.caps[0].maxRating: 'great' is not a rating of this framework; its ratings are fair, good, poor");
    }

    [Fact]
    public void Problems_in_several_indicators_are_all_reported()
    {
        var indicators = """
            { "id": "G1.1.1", "title": { "vi": "Tỷ lệ", "en": "Ratio" }, "maxPoints": 5, "method": { "kind": "ratio", "floor": 0.9, "target": 0.5 } },
            { "id": "G1.1.2", "title": { "vi": "Mới", "en": "New" }, "maxPoints": 5, "method": { "kind": "ratoi" } },
            { "id": "G1.1.3", "title": { "vi": "Đạt", "en": "Met" }, "maxPoint": 5, "method": { "kind": "check" } }
            """;
        var path = _temp.Write("indicators.json", FrameworkJson.With(indicators));

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.method.floor: floor 0.9 must be below target 0.5",
            $"{path}: {FrameworkJson.IndicatorPath(1)}.method.kind: 'ratoi' is not a method kind; the kinds are {MethodKinds}",
            $"{path}: {FrameworkJson.IndicatorPath(2)}: 'maxPoints' is required in an indicator",
            $"{path}: {FrameworkJson.IndicatorPath(2)}.maxPoint: 'maxPoint' is not a property of an indicator; expected description, id, maxPoints, method, source, title");
    }

    [Fact]
    public void A_duplicate_id_is_reported_beside_a_bad_method()
    {
        // docs/formats.md: all problems of a file are reported at once; FrameworkReader's own comment
        // says a duplicate id is reported beside a bad method, "not only after it is fixed".
        var indicators = FrameworkJson.Indicator + ", " + """
            { "id": "G1.1.1", "title": { "vi": "Lặp", "en": "Again" }, "maxPoints": 2, "method": { "kind": "check" } },
            { "id": "G1.1.3", "title": { "vi": "Mới", "en": "New" }, "maxPoints": 5, "method": { "kind": "ratoi" } }
            """;
        var path = _temp.Write("both.json", FrameworkJson.With(indicators));

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: {FrameworkJson.IndicatorPath(1)}.id: 'G1.1.1' is a duplicate id: groups[0].criteria[0].indicators[0].id has it already",
            $"{path}: {FrameworkJson.IndicatorPath(2)}.method.kind: 'ratoi' is not a method kind; the kinds are {MethodKinds}");
    }

    [Fact]
    public void Decomposed_vietnamese_written_as_json_escapes_is_read_as_nfc()
    {
        // "Hòa Bình" and "Đồng Nai" in NFD: o + U+0300, i + U+0300, o + U+0302 + U+0300.
        var json = FrameworkJson.With()
            .Replace("\"jurisdiction\": \"Đồng Nai\"", "\"jurisdiction\": \"\\u0110o\\u0302\\u0300ng Nai\"", StringComparison.Ordinal)
            .Replace("\"vi\": \"Bộ tiêu chí nhỏ\"", "\"vi\": \"Ho\\u0300a Bi\\u0300nh\"", StringComparison.Ordinal);

        var framework = FrameworkReader.ReadFile(_temp.Write("nfd.json", json));

        framework.Jurisdiction.Should().Be("\u0110\u1ED3ng Nai");
        framework.Title.Vi.Should().Be("H\u00F2a B\u00ECnh");
    }

    [Fact]
    public void Decomposed_vietnamese_written_raw_is_read_as_nfc()
    {
        var nfd = "Tỷ lệ hồ sơ đúng hạn".Normalize(NormalizationForm.FormD);
        nfd.Should().NotBe("Tỷ lệ hồ sơ đúng hạn".Normalize(NormalizationForm.FormC), "the test needs a decomposed text");
        var json = FrameworkJson.With(FrameworkJson.Indicator.Replace("Tỷ lệ hồ sơ đúng hạn", nfd, StringComparison.Ordinal));

        var framework = FrameworkReader.ReadFile(_temp.Write("nfd.json", json));

        framework.Indicators.Single().Title.Vi.Should().Be("Tỷ lệ hồ sơ đúng hạn".Normalize(NormalizationForm.FormC));
    }

    [Fact]
    public void A_missing_file_is_a_problem_not_a_crash()
    {
        var path = Path.Combine(_temp.Path, "nowhere.json");

        ProblemsOf(path).Should().Equal($"{path}: the file does not exist");
    }

    [Fact]
    public void Reads_both_kinds_of_cap()
    {
        var caps = """
            ,
              "caps": [
                { "id": "C1", "title": { "vi": "Nhóm", "en": "Group" }, "when": { "groupShareBelow": 0.5 }, "maxRating": "poor" },
                { "id": "C2", "title": { "vi": "Chỉ tiêu", "en": "Indicator" }, "when": { "indicatorBelow": { "indicator": "G1.1.1", "points": 1.5 } }, "maxRating": "poor" }
              ]
            """;

        var framework = FrameworkReader.ReadFile(_temp.Write("caps.json", FrameworkJson.With(extra: caps)));

        framework.Caps.Select(c => c.Id).Should().Equal("C1", "C2");
        framework.Caps[0].When.Should().BeOfType<GroupShareBelow>().Which.Share.Should().Be(0.5m);
        var below = framework.Caps[1].When.Should().BeOfType<IndicatorBelow>().Subject;
        below.IndicatorId.Should().Be("G1.1.1");
        below.Points.Should().Be(1.5m);
    }

    [Fact]
    public void An_unknown_code_of_conduct_is_refused()
    {
        var path = _temp.Write("conduct.json", FrameworkJson.With(extra: """, "conductCode": "nosuch-code" """));

        ProblemsOf(path).Should().Equal(
            $"{path}: $.conductCode: 'nosuch-code' is neither a built-in code of conduct (vn-friendly-government-2024) nor a code-of-conduct file");
    }

    [Fact]
    public void A_conduct_method_needs_a_code_of_conduct()
    {
        var indicator = """
            { "id": "G1.1.1", "title": { "vi": "Ứng xử", "en": "Conduct" }, "maxPoints": 5, "method": { "kind": "conduct", "rules": ["5K.*"], "perBreach": 1 } }
            """;
        var path = _temp.Write("conduct.json", FrameworkJson.With(indicator));

        ProblemsOf(path).Should().Equal(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.method.rules: 'conduct' names conduct rules, but the framework names no code of conduct: add \"conductCode\"");
    }

    [Fact]
    public void Conduct_rules_must_be_in_the_code_of_conduct()
    {
        // The built-in code has SMILE, 4X.1–4, 4L.1–4 and 5K.1–5.
        var indicator = """
            { "id": "G1.1.1", "title": { "vi": "Ứng xử", "en": "Conduct" }, "maxPoints": 5, "method": { "kind": "conduct", "rules": ["5K.9", "9Z.*", "4L.*"], "perBreach": 1 } }
            """;
        var path = _temp.Write("conduct.json", FrameworkJson.With(indicator, extra: """, "conductCode": "vn-friendly-government-2024" """));

        ProblemsOf(path).Should().BeEquivalentTo(
            $"{path}: {FrameworkJson.IndicatorPath(0)}.method.rules[0]: '5K.9' is not a rule of the code of conduct vn-friendly-government-2024",
            $"{path}: {FrameworkJson.IndicatorPath(0)}.method.rules[1]: '9Z.*' matches no rule of the code of conduct vn-friendly-government-2024");
    }

    [Fact]
    public void A_conduct_cap_needs_at_least_one_confirmed_breach()
    {
        var when = """{ "conduct": { "rules": ["5K.3"], "minConfirmed": 0 } }""";
        var path = _temp.Write("cap.json", FrameworkJson.With(extra: FrameworkJson.Caps(when, "poor") + """, "conductCode": "vn-friendly-government-2024" """));

        ProblemsOf(path).Should().Equal($"{path}: $.caps[0].when.conduct.minConfirmed: 0 is not a whole number ≥ 1");
    }

    [Fact]
    public void Maximum_points_may_not_have_more_decimals_than_the_framework()
    {
        // With 0 decimals, 2.5 points could round to 3, above the maximum.
        var indicator = """{ "id": "G1.1.1", "title": { "vi": "Đạt", "en": "Met" }, "maxPoints": 2.5, "method": { "kind": "check" } }""";
        var path = _temp.Write("decimals.json", FrameworkJson.With(indicator, extra: """, "decimals": 0"""));

        ProblemsOf(path).Should().Equal($"{path}: {FrameworkJson.IndicatorPath(0)}.maxPoints: 2.5 has more decimals than the framework's 0");
    }

    [Fact]
    public void Reading_a_framework_file_finds_its_code_of_conduct_relative_to_the_file()
    {
        // docs/formats.md: a framework names its code of conduct by id "or by a path to the file,
        // relative to the framework file"; fixtures/frameworks/custom-conduct.json does the latter.
        var path = RepositoryRoot.Combine("fixtures", "frameworks", "custom-conduct.json");

        // The path is ../conduct/…, outside the framework's own folder: the root is fixtures/.
        var framework = FrameworkReader.ReadFile(path, root: RepositoryRoot.Combine("fixtures"));

        framework.ConductCode!.Id.Should().Be("example-5-biet-3-khong-4-the-hien");
    }

    private static List<string> ProblemsOf(string path)
    {
        var read = () => FrameworkReader.ReadFile(path);
        return read.Should().Throw<InvalidInputException>().Which.Lines.ToList();
    }
}
