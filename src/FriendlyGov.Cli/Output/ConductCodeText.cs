using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;

namespace FriendlyGov.Cli.Output;

/// <summary>Writes a code of conduct in Vietnamese and English.</summary>
internal static class ConductCodeText
{
    public static void Write(ConductCode code, TextWriter output)
    {
        output.WriteLine($"{code}: {code.Title.Vi}");
        output.WriteLine($"  {code.Title.En}");
        if (code.Description is { } description)
        {
            output.WriteLine($"  {description.Vi}");
            output.WriteLine($"  {description.En}");
        }

        output.WriteLine($"Trọng số / Weights: {string.Join(", ", code.Weights.OrderBy(w => w.Key).Select(w => $"{w.Key.ToCode()} {Figures.Format(w.Value)}"))}");
        foreach (var group in code.Groups)
        {
            output.WriteLine();
            output.WriteLine($"{group.Id}  {group.Title.Vi} / {group.Title.En}");
            foreach (var rule in group.Rules)
            {
                output.WriteLine($"  {rule.Id,-6} [{rule.Severity.ToCode()}] {rule.Text.Vi}");
                output.WriteLine($"  {string.Empty,-6} {new string(' ', rule.Severity.ToCode().Length + 2)} {rule.Text.En}");
            }
        }
    }
}
