using FriendlyGov.Domain;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Cli.Output;

/// <summary>Writes a framework as an indented outline, in Vietnamese and English.</summary>
internal static class FrameworkText
{
    public static void Write(CriteriaFramework framework, TextWriter output)
    {
        output.WriteLine($"{framework.Id}: {framework.Title.Vi}");
        output.WriteLine($"  {framework.Title.En}");
        if (framework.Description is { } description)
        {
            output.WriteLine($"  {description.Vi}");
            output.WriteLine($"  {description.En}");
        }

        output.WriteLine($"Jurisdiction: {framework.Jurisdiction}; applies to {string.Join(", ", framework.AppliesTo.Select(k => k.ToCode()))}; period {framework.Period.ToCode()}; {framework.Decimals} decimals");
        output.WriteLine($"Points: {Figures.Format(framework.MaxPoints)} + {Figures.Format(framework.BonusMaxPoints)} bonus");
        output.WriteLine();
        foreach (var group in framework.Groups)
        {
            output.WriteLine($"{group.Id}  {group.Title.Vi} / {group.Title.En}  [{Figures.Format(group.MaxPoints)}]");
            foreach (var criterion in group.Criteria)
            {
                output.WriteLine($"  {criterion.Id}  {criterion.Title.Vi} / {criterion.Title.En}  [{Figures.Format(criterion.MaxPoints)}]");
                foreach (var indicator in criterion.Indicators) WriteIndicator(indicator, "    ", output);
            }
        }

        if (framework.Bonus.Count > 0)
        {
            output.WriteLine($"Bonus / Điểm thưởng  [{Figures.Format(framework.BonusMaxPoints)}]");
            foreach (var indicator in framework.Bonus) WriteIndicator(indicator, "  ", output);
        }

        output.WriteLine();
        output.WriteLine("Ratings / Xếp loại:");
        foreach (var rating in framework.Ratings)
            output.WriteLine($"  {rating.Code}: {rating.Title.Vi} / {rating.Title.En}, from {Figures.Format(rating.MinPoints)}");
        if (framework.Caps.Count == 0) return;
        output.WriteLine("Caps / Giới hạn xếp loại:");
        foreach (var cap in framework.Caps)
            output.WriteLine($"  {cap.Id}: at most {cap.MaxRating} when {cap.When.Describe().En} / tối đa {cap.MaxRating} khi {cap.When.Describe().Vi}");
    }

    private static void WriteIndicator(Indicator indicator, string indent, TextWriter output)
    {
        var method = indicator.Method.Describe();
        output.WriteLine($"{indent}{indicator.Id}  {indicator.Title.Vi} / {indicator.Title.En}  [{Figures.Format(indicator.MaxPoints)}]");
        output.WriteLine($"{indent}    {method.Vi} / {method.En}");
        if (indicator.DataSource is { } source)
            output.WriteLine($"{indent}    nguồn dữ liệu / measured from: {source}");
    }
}
