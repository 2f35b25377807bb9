using FriendlyGov.Domain.Conduct;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>Writes a <see cref="ConductCode"/> as a <c>friendlygov.conduct/1</c> document.</summary>
public static class ConductCodeWriter
{
    /// <summary>The code of conduct as indented UTF-8 JSON; reading it back gives an equivalent code.</summary>
    /// <param name="code">The code of conduct.</param>
    /// <returns>The document's bytes.</returns>
    public static byte[] Write(ConductCode code)
    {
        Guard.Against.Null(code);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("format", FormatNames.Conduct);
            w.WriteString("id", code.Id);
            w.WriteString("version", code.Version);
            w.Text("title", code.Title);
            if (code.Description is { } description) w.Text("description", description);
            w.WriteStartObject("severities");
            foreach (var (severity, weight) in code.Weights.OrderBy(s => s.Key)) w.Number(severity.ToCode(), weight);
            w.WriteEndObject();
            w.WriteStartArray("groups");
            foreach (var group in code.Groups)
            {
                w.WriteStartObject();
                w.WriteString("id", group.Id);
                w.Text("title", group.Title);
                w.WriteStartArray("rules");
                foreach (var rule in group.Rules)
                {
                    w.WriteStartObject();
                    w.WriteString("id", rule.Id);
                    w.Text("text", rule.Text);
                    w.WriteString("severity", rule.Severity.ToCode());
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }
}
