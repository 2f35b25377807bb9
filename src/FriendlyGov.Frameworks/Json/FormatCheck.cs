using FriendlyGov.Domain;

namespace FriendlyGov.Frameworks.Json;

/// <summary>Checks a document's <c>format</c> field.</summary>
internal static class FormatCheck
{
    /// <summary>Checks <c>format</c>, and accepts the optional <c>$schema</c> that editors use to find the JSON Schema.</summary>
    public static void Expect(ObjectReader o, string format, bool required = true)
    {
        o.String("$schema", required: false);
        var value = o.String("format", required);
        if (value is not null && value != format)
            o.Report(new Problem(o.PathOf("format"), $"{MessageText.Quote(value)} is not {format}"));
    }
}
