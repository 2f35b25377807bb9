namespace FriendlyGov.Frameworks.Json;

/// <summary>The names of the file formats, as written in their <c>format</c> field.</summary>
public static class FormatNames
{
    /// <summary>A criteria framework.</summary>
    public const string Framework = "friendlygov.framework/1";

    /// <summary>One unit's evidence for one period.</summary>
    public const string Evidence = "friendlygov.evidence/1";

    /// <summary>A code of conduct.</summary>
    public const string Conduct = "friendlygov.conduct/1";

    /// <summary>A catalogue of the items a commune must make public.</summary>
    public const string Disclosures = "friendlygov.disclosures/1";

    /// <summary>A round's published results, which anyone can score again and check.</summary>
    public const string Result = "friendlygov.result/1";

    /// <summary>Which units of 2024 became which units of 2025.</summary>
    public const string Lineage = "friendlygov.lineage/1";

    /// <summary>Cases a tester expects.</summary>
    public const string Fixture = "friendlygov.fixture/1";
}
