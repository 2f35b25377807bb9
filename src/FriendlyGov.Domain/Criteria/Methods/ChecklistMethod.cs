using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Criteria.Methods;

/// <summary>
/// <c>checklist</c>: items each worth some points, adding up to the indicator's maximum. Evidence
/// <c>{ "items": ["a", "c"] }</c> earns the sum of the listed items' points.
/// </summary>
public sealed class ChecklistMethod : EvidenceMethod
{
    /// <summary>The kind as written in files.</summary>
    public const string KindCode = "checklist";

    private readonly Dictionary<string, ChecklistItem> _byId;

    /// <summary>Creates a checklist.</summary>
    /// <param name="items">At least one item; ids unique; each worth more than 0 points and at most <see cref="FigureLimits.MaxPoints"/>.</param>
    /// <exception cref="InvalidInputException">The items break one of those rules (paths relative to the method).</exception>
    public ChecklistMethod(IEnumerable<ChecklistItem> items)
    {
        Items = [.. Guard.Against.Null(items)];
        var problems = new List<Problem>();
        if (Items.Count == 0) problems.Add(new Problem("items", "a checklist needs at least one item"));
        _byId = new Dictionary<string, ChecklistItem>(StringComparer.Ordinal);
        for (var i = 0; i < Items.Count; i++)
        {
            var path = "items" + JsonPath.Index(i);
            if (!_byId.TryAdd(Items[i].Id, Items[i]))
                problems.Add(new Problem(path + ".id", $"'{Items[i].Id}' is a duplicate item id"));
            if (Items[i].Points <= 0)
                problems.Add(new Problem(path + ".points", $"{Figures.Text(Items[i].Points)} is not > 0"));
            else FigureLimits.AddTo(problems, FigureLimits.CheckPoints(path + ".points", Items[i].Points));
        }

        InvalidInputException.ThrowIfAny(problems);
    }

    /// <summary>The items, in the order given.</summary>
    public IReadOnlyList<ChecklistItem> Items { get; }

    /// <summary>The sum of the items' points.</summary>
    public decimal TotalPoints => Items.Sum(i => i.Points);

    /// <inheritdoc />
    public override string Kind => KindCode;

    /// <inheritdoc />
    public override IReadOnlyList<string> EvidenceFields { get; } = [IndicatorEvidence.ItemsField];

    /// <inheritdoc />
    public override LocalizedText Describe() =>
        new($"danh mục {Items.Count} mục", $"checklist of {Items.Count} items");

    /// <inheritdoc />
    public override IEnumerable<Problem> CheckFits(decimal maxPoints)
    {
        if (TotalPoints != maxPoints)
            yield return new Problem("items", $"the items add up to {Figures.Text(TotalPoints)}, not to the indicator's maxPoints {Figures.Text(maxPoints)}");
    }

    /// <inheritdoc />
    public override MethodResult Score(IndicatorEvidence evidence, decimal maxPoints)
    {
        // Loops rather than LINQ: every unit scores every checklist.
        List<ChecklistItem>? met = null;
        var sum = 0m;
        for (var i = 0; i < Items.Count; i++)
        {
            if (IndexOf(evidence.Items!, Items[i].Id) < 0) continue;
            (met ??= new List<ChecklistItem>(Items.Count)).Add(Items[i]);
            sum += Items[i].Points;
        }

        if (met is null) return new(0m, maxPoints, this, null, static (w, _) => w.Words("không mục nào đạt: 0", "no item met: 0"));
        return new(sum, maxPoints, this, met, static (w, r) =>
        {
            var met = (List<ChecklistItem>)r.Given!;
            w.Words("các mục đạt ", "items met ");
            for (var i = 0; i < met.Count; i++) (i == 0 ? w : w.Same(" + ")).Same(met[i].Id).Same(" ").Figure(met[i].Points);
            w.Same(" = ").Figure(r.RawPoints);
        });
    }

    /// <inheritdoc />
    protected override void CheckOwnEvidence(IndicatorEvidence evidence, decimal maxPoints, List<Problem> problems)
    {
        if (evidence.Items is null)
        {
            problems.Add(Required(IndicatorEvidence.ItemsField));
            return;
        }

        // Lists are short (a checklist's items): a scan finds a repeat without allocating.
        for (var i = 0; i < evidence.Items.Count; i++)
        {
            var id = evidence.Items[i];
            if (!_byId.ContainsKey(id))
                problems.Add(new Problem(IndicatorEvidence.ItemsField + JsonPath.Index(i), $"'{id}' is not an item of this checklist; its items are {string.Join(", ", Items.Select(x => x.Id))}"));
            else if (IndexOf(evidence.Items, id) < i)
                problems.Add(new Problem(IndicatorEvidence.ItemsField + JsonPath.Index(i), $"'{id}' is listed twice"));
        }
    }

    private static int IndexOf(IReadOnlyList<string> items, string id)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (string.Equals(items[i], id, StringComparison.Ordinal)) return i;
        }

        return -1;
    }
}
