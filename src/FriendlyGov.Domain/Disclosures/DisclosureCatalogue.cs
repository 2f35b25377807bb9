using System.Text.RegularExpressions;

namespace FriendlyGov.Domain.Disclosures;

/// <summary>
/// The catalogue of items a commune must make public under the Law on Grassroots Democracy
/// (Luật Thực hiện dân chủ ở cơ sở, Law No. 10/2022/QH15), each with its deadline and minimum
/// posting days, as an integrator configures it.
/// </summary>
public sealed partial class DisclosureCatalogue
{
    private readonly Dictionary<string, DisclosureItem> _items;

    /// <summary>Creates and validates a catalogue.</summary>
    /// <param name="id">Lowercase letters, digits and <c>-</c>, such as <c>vn-grassroots-democracy-2022</c>.</param>
    /// <param name="version">The catalogue's version.</param>
    /// <param name="title">Its title.</param>
    /// <param name="items">The items; at least one, ids unique.</param>
    /// <param name="description">A description, such as what it is taken from; optional.</param>
    /// <exception cref="InvalidInputException">The catalogue breaks a rule (paths relative to its root).</exception>
    public DisclosureCatalogue(string id, string version, LocalizedText title, IEnumerable<DisclosureItem> items, LocalizedText? description = null)
    {
        Id = Guard.Against.Null(id);
        Version = Guard.Against.Null(version);
        Title = Guard.Against.Null(title);
        Items = [.. Guard.Against.Null(items)];
        Description = description;

        var problems = new List<Problem>();
        if (!IdPattern().IsMatch(id)) problems.Add(new Problem("id", $"'{id}' is not a catalogue id: use lowercase letters, digits and '-'"));
        if (string.IsNullOrWhiteSpace(version)) problems.Add(new Problem("version", "must not be empty"));
        if (Items.Count == 0) problems.Add(new Problem("items", "at least one item is required"));
        _items = new Dictionary<string, DisclosureItem>(StringComparer.Ordinal);
        for (var i = 0; i < Items.Count; i++)
        {
            var item = Items[i];
            if (!_items.TryAdd(item.Id, item)) problems.Add(new Problem($"items[{i}].id", $"'{item.Id}' is a duplicate item id"));
            if (item.MinPostingDays < 1) problems.Add(new Problem($"items[{i}].minPostingDays", $"{item.MinPostingDays} is not 1 or more"));
            switch (item.Deadline)
            {
                case DaysAfterOccasion { Days: < 0 } after:
                    problems.Add(new Problem($"items[{i}].deadline.days", $"{after.Days} is negative"));
                    break;
                case YearlyOn { IsValid: false } yearly:
                    problems.Add(new Problem($"items[{i}].deadline", $"month {yearly.Month}, day {yearly.Day} is not a date every year has"));
                    break;
            }
        }

        InvalidInputException.ThrowIfAny(problems);
    }

    /// <summary>The catalogue's id.</summary>
    public string Id { get; }

    /// <summary>Its version.</summary>
    public string Version { get; }

    /// <summary>Its title.</summary>
    public LocalizedText Title { get; }

    /// <summary>Its description, if any.</summary>
    public LocalizedText? Description { get; }

    /// <summary>The items, in the catalogue's order.</summary>
    public IReadOnlyList<DisclosureItem> Items { get; }

    /// <summary>Finds an item.</summary>
    /// <param name="id">The item's id.</param>
    /// <param name="item">The item, when there is one.</param>
    /// <returns>Whether the catalogue has it.</returns>
    public bool TryGetItem(string id, out DisclosureItem item) => _items.TryGetValue(id, out item!);

    /// <summary>The message for an id that is not an item of this catalogue.</summary>
    /// <param name="id">The id.</param>
    /// <returns>The message.</returns>
    public string NotAnItem(string id) => $"'{id}' is not an item of the disclosure catalogue {Id}";

    /// <inheritdoc />
    public override string ToString() => $"{Id}@{Version}";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*\\z")]
    private static partial Regex IdPattern();
}
