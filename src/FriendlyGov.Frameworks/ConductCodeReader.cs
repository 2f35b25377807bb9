using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>Reads <c>friendlygov.conduct/1</c> documents into a valid <see cref="ConductCode"/>.</summary>
public static class ConductCodeReader
{
    /// <summary>Reads a code of conduct from UTF-8 JSON.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="document">The name shown in problems, such as the file's path.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The code of conduct.</returns>
    /// <exception cref="InvalidInputException">The document is not a valid code of conduct; every
    /// problem is listed with its JSON path.</exception>
    public static ConductCode Read(ReadOnlyMemory<byte> utf8, string document, JsonLimits? limits = null) =>
        JsonInput.Read(utf8, document, Read, limits);

    /// <summary>Reads a code-of-conduct file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The code of conduct.</returns>
    /// <exception cref="InvalidInputException">The file is missing or not a valid code of conduct.</exception>
    public static ConductCode ReadFile(string path, JsonLimits? limits = null) => Read(InputFile.ReadAll(path, limits), path, limits);

    private static ConductCode? Read(JsonElement root, List<Problem> problems) => Read(root, JsonPath.Root, problems);

    /// <summary>Reads a code of conduct held at <paramref name="path"/> inside another document, recording the problems.</summary>
    internal static ConductCode? Read(JsonElement root, string path, List<Problem> problems)
    {
        var count = problems.Count;
        var o = ObjectReader.Over(root, path, problems, "a code of conduct");
        FormatCheck.Expect(o, FormatNames.Conduct);
        var id = o.String("id");
        var version = o.String("version");
        var title = o.Text("title");
        var description = o.Text("description", required: false);
        var weights = new Dictionary<Severity, decimal>();
        if (o.Object("severities", "the weights of severities { \"minor\", \"serious\", \"grave\" }", required: false) is { } severities)
        {
            foreach (var code in Severities.AllCodes)
            {
                if (severities.Decimal(code, required: false) is { } weight && Severities.TryParse(code, out var severity))
                    weights[severity] = weight;
            }

            severities.Finish();
        }

        var groups = (o.Array("groups", minItems: 1) ?? []).Select(g => ReadGroup(g.Element, g.Path, problems)).ToList();
        o.Finish();
        if (id is null || version is null || title is null || groups.Contains(null) || problems.Count > count) return null;
        return JsonInput.Construct(() => new ConductCode(id, version, title, groups!, weights, description), problems);
    }

    private static ConductRuleGroup? ReadGroup(JsonElement element, string path, List<Problem> problems)
    {
        var o = ObjectReader.Over(element, path, problems, "a rule group");
        var id = Ids.Id(o, "id", problems);
        var title = o.Text("title");
        var rules = (o.Array("rules", minItems: 1) ?? []).Select(r => ReadRule(r.Element, r.Path, problems)).ToList();
        o.Finish();
        return id is null || title is null || rules.Contains(null) ? null : new ConductRuleGroup(id, title, rules!);
    }

    private static ConductRule? ReadRule(JsonElement element, string path, List<Problem> problems)
    {
        var o = ObjectReader.Over(element, path, problems, "a rule");
        var id = Ids.Id(o, "id", problems);
        var text = o.Text("text");
        var severityCode = o.OneOf("severity", Severities.AllCodes);
        o.Finish();
        return id is null || text is null || severityCode is null || !Severities.TryParse(severityCode, out var severity)
            ? null
            : new ConductRule(id, text, severity);
    }
}
