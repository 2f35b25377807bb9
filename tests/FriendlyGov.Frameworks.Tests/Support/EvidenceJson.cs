namespace FriendlyGov.Frameworks.Tests.Support;

/// <summary>Small evidence documents for <c>dongnai-friendly-government@2024.1</c>, with one part replaced at a time.</summary>
public static class EvidenceJson
{
    /// <summary>The 2024 framework's name.</summary>
    public const string DongNai2024 = "dongnai-friendly-government@2024.1";

    /// <summary>Phường Tân Phong, a ward.</summary>
    public const string Ward = """{ "code": "25996", "name": "Phường Tân Phong", "kind": "phuong", "province": "Đồng Nai" }""";

    /// <summary>An evidence document.</summary>
    /// <param name="indicators">The <c>indicators</c> object.</param>
    /// <param name="framework">The framework reference.</param>
    /// <param name="period">The period.</param>
    /// <param name="unit">The unit object.</param>
    /// <param name="extra">More top-level properties, each led by a comma.</param>
    public static string With(string indicators = "{}", string framework = DongNai2024, string period = "2024", string unit = Ward, string extra = "") => $$"""
        {
          "format": "friendlygov.evidence/1",
          "framework": "{{framework}}",
          "period": "{{period}}",
          "unit": {{unit}},
          "indicators": {{indicators}}{{extra}}
        }
        """;
}
