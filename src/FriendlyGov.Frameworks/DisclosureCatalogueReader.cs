using System.Text.Json;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>Reads <c>friendlygov.disclosures/1</c> documents into a valid <see cref="DisclosureCatalogue"/>.</summary>
public static class DisclosureCatalogueReader
{
    private static readonly string[] DeadlineKinds = ["days-after", "yearly"];

    /// <summary>Reads a disclosure catalogue from UTF-8 JSON.</summary>
    /// <param name="utf8">The document.</param>
    /// <param name="document">The name shown in problems, such as the file's path.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="InvalidInputException">The document is not a valid catalogue; every problem is listed with its JSON path.</exception>
    public static DisclosureCatalogue Read(ReadOnlyMemory<byte> utf8, string document, JsonLimits? limits = null) =>
        JsonInput.Read(utf8, document, Read, limits);

    /// <summary>Reads a disclosure catalogue file.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="limits">The size and nesting limits; <see cref="JsonLimits.Default"/> when <see langword="null"/>.</param>
    /// <returns>The catalogue.</returns>
    /// <exception cref="InvalidInputException">The file is missing or not a valid catalogue.</exception>
    public static DisclosureCatalogue ReadFile(string path, JsonLimits? limits = null) => Read(InputFile.ReadAll(path, limits), path, limits);

    private static DisclosureCatalogue? Read(JsonElement root, List<Problem> problems)
    {
        var count = problems.Count;
        var o = ObjectReader.Over(root, JsonPath.Root, problems, "a disclosure catalogue");
        FormatCheck.Expect(o, FormatNames.Disclosures);
        var id = o.String("id");
        var version = o.String("version");
        var title = o.Text("title");
        var description = o.Text("description", required: false);
        var items = (o.Array("items", minItems: 1) ?? []).Select(i => ReadItem(i.Element, i.Path, problems)).ToList();
        o.Finish();
        if (id is null || version is null || title is null || items.Contains(null) || problems.Count > count) return null;
        return JsonInput.Construct(() => new DisclosureCatalogue(id, version, title, items!, description), problems);
    }

    private static DisclosureItem? ReadItem(JsonElement element, string path, List<Problem> problems)
    {
        var o = ObjectReader.Over(element, path, problems, "a disclosure item");
        var id = Ids.Id(o, "id", problems);
        var title = o.Text("title");
        var basis = o.String("basis");
        var deadline = o.Object("deadline", "a deadline { \"kind\": \"days-after\", \"days\": … } or { \"kind\": \"yearly\", \"month\": …, \"day\": … }") is { } d
            ? ReadDeadline(d, problems)
            : null;
        var minPostingDays = WholeNumber(o, "minPostingDays", 1, problems);
        var illustrative = o.Bool("illustrative", required: false) ?? false;
        o.Finish();
        return id is null || title is null || basis is null || deadline is null || minPostingDays is null
            ? null
            : new DisclosureItem(id, title, basis, deadline, minPostingDays.Value, illustrative);
    }

    private static DisclosureDeadline? ReadDeadline(ObjectReader o, List<Problem> problems)
    {
        DisclosureDeadline? deadline = null;
        switch (o.OneOf("kind", DeadlineKinds))
        {
            case "days-after":
                if (WholeNumber(o, "days", 0, problems) is { } days) deadline = new DaysAfterOccasion(days);
                break;
            case "yearly":
                var month = WholeNumber(o, "month", 1, problems);
                var day = WholeNumber(o, "day", 1, problems);
                if (month is { } m && day is { } dd)
                {
                    var yearly = new YearlyOn(m, dd);
                    if (yearly.IsValid) deadline = yearly;
                    else problems.Add(new Problem(o.Path, $"month {m}, day {dd} is not a date every year has (February has at most 28 days here)"));
                }

                break;
        }

        o.Finish();
        return deadline;
    }

    private static int? WholeNumber(ObjectReader o, string name, int min, List<Problem> problems)
    {
        if (o.Decimal(name) is not { } value) return null;
        if (Figures.IsWhole(value) && value >= min && value <= 100_000) return (int)value;
        problems.Add(new Problem(o.PathOf(name), $"{Figures.Format(value)} is not a whole number of {min} or more"));
        return null;
    }
}
