namespace FriendlyGov.Frameworks.Tests.Support;

/// <summary>
/// A small valid framework, <c>tiny@1</c>, whose parts a test replaces to make one mistake at a time.
/// Its one group G1 has one criterion G1.1 holding <see cref="Indicator"/> (G1.1.1, a ratio worth 5),
/// so the first indicator's path is <c>$.groups[0].criteria[0].indicators[0]</c>.
/// </summary>
public static class FrameworkJson
{
    /// <summary>The path of the n-th indicator of the one criterion.</summary>
    public static string IndicatorPath(int index) => $"$.groups[0].criteria[0].indicators[{index}]";

    /// <summary>Two ratings: good from 6, poor from 0.</summary>
    public const string Ratings = """
        [
          { "code": "good", "title": { "vi": "Tốt", "en": "Good" }, "minPoints": 6 },
          { "code": "poor", "title": { "vi": "Chưa đạt", "en": "Poor" }, "minPoints": 0 }
        ]
        """;

    /// <summary>G1.1.1: a ratio from 0.5 to 1, worth 5.</summary>
    public const string Indicator = """
        { "id": "G1.1.1", "title": { "vi": "Tỷ lệ hồ sơ đúng hạn", "en": "Dossiers on time" }, "maxPoints": 5,
          "method": { "kind": "ratio", "floor": 0.5, "target": 1 } }
        """;

    /// <summary>The framework with the given indicators of G1.1, ratings and further top-level properties.</summary>
    /// <param name="indicators">The indicators of G1.1, comma-separated JSON objects.</param>
    /// <param name="ratings">The ratings array.</param>
    /// <param name="extra">More top-level properties, each led by a comma, such as <c>, "caps": […]</c>.</param>
    public static string With(string indicators = Indicator, string ratings = Ratings, string extra = "") => $$"""
        {
          "format": "friendlygov.framework/1",
          "id": "tiny",
          "version": "1",
          "title": { "vi": "Bộ tiêu chí nhỏ", "en": "A small framework" },
          "jurisdiction": "Đồng Nai",
          "appliesTo": ["xa", "phuong"],
          "period": "year",
          "ratings": {{ratings}},
          "groups": [
            {
              "id": "G1",
              "title": { "vi": "Nhóm 1", "en": "Group 1" },
              "criteria": [
                {
                  "id": "G1.1",
                  "title": { "vi": "Tiêu chí 1.1", "en": "Criterion 1.1" },
                  "indicators": [ {{indicators}} ]
                }
              ]
            }
          ]{{extra}}
        }
        """;

    /// <summary>A cap with the given condition and maximum rating, as a <c>caps</c> property to pass as <c>extra</c>.</summary>
    public static string Caps(string when, string maxRating) => $$"""
        ,
          "caps": [
            { "id": "C1", "title": { "vi": "Giới hạn", "en": "A cap" }, "when": {{when}}, "maxRating": "{{maxRating}}" }
          ]
        """;
}
