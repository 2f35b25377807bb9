using System.Text;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria.Caps;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Domain.Criteria;

/// <summary>
/// A versioned criteria framework (bộ tiêu chí): the groups, criteria and indicators a province
/// scores its communes against, its bonus indicators, rating bands and caps.
/// </summary>
/// <remarks>
/// <para>A framework that exists is valid: maximum points are derived from the indicators; ids of
/// groups, criteria, indicators and caps are unique across the whole framework; ratings are in
/// strictly descending <see cref="RatingBand.MinPoints"/> and the last one starts at 0; every
/// cap names an existing rating and whatever its condition refers to.</para>
/// <para>Frameworks are immutable and thread-safe. Score units with a
/// <see cref="Scoring.ScoringEngine"/> made once per framework.</para>
/// </remarks>
public sealed class CriteriaFramework
{
    private readonly Dictionary<string, Indicator> _indicators;
    private readonly Dictionary<string, int> _ratingOrder;

    /// <summary>Creates and validates a framework.</summary>
    /// <param name="id">Its name, <c>id@version</c>.</param>
    /// <param name="title">Its title.</param>
    /// <param name="jurisdiction">The province or body that adopts it, such as Đồng Nai.</param>
    /// <param name="appliesTo">The kinds of unit it scores; at least one.</param>
    /// <param name="period">The length of its assessment periods.</param>
    /// <param name="ratings">The rating bands, highest first; the last starts at 0.</param>
    /// <param name="groups">The groups; at least one.</param>
    /// <param name="bonus">Bonus indicators, whose points add on top of the groups.</param>
    /// <param name="caps">Caps on the rating.</param>
    /// <param name="decimals">Decimals that indicator points are rounded to, 0 to 6.</param>
    /// <param name="description">A description, if any.</param>
    /// <param name="conductCode">The code of conduct whose rules the framework's <c>conduct</c> methods and caps name, if any.</param>
    /// <exception cref="InvalidInputException">The framework breaks a rule; every problem is listed,
    /// with a path relative to the framework's root (<c>groups[0].criteria[1].id</c>).</exception>
    public CriteriaFramework(
        FrameworkId id,
        LocalizedText title,
        string jurisdiction,
        IEnumerable<UnitKind> appliesTo,
        PeriodKind period,
        IEnumerable<RatingBand> ratings,
        IEnumerable<CriterionGroup> groups,
        IEnumerable<Indicator>? bonus = null,
        IEnumerable<Cap>? caps = null,
        int decimals = 2,
        LocalizedText? description = null,
        ConductCode? conductCode = null)
    {
        Id = Guard.Against.Null(id);
        Title = Guard.Against.Null(title);
        Jurisdiction = Guard.Against.NullOrWhiteSpace(jurisdiction).Normalize(NormalizationForm.FormC);
        AppliesTo = [.. Guard.Against.Null(appliesTo)];
        Period = Guard.Against.EnumOutOfRange(period);
        Ratings = [.. Guard.Against.Null(ratings)];
        Groups = [.. Guard.Against.Null(groups)];
        Bonus = [.. bonus ?? []];
        Caps = [.. caps ?? []];
        Decimals = decimals;
        Description = description;
        ConductCode = conductCode;

        var problems = new List<Problem>();
        if (decimals is < 0 or > 6) problems.Add(new Problem("decimals", $"{decimals} is outside [0, 6]"));
        CheckAppliesTo(problems);
        _ratingOrder = CheckRatings(problems);
        _indicators = CheckIds(problems);
        CheckFits(problems);
        InvalidInputException.ThrowIfAny(problems);

        MaxPoints = Groups.Sum(g => g.MaxPoints);
        BonusMaxPoints = Bonus.Sum(i => i.MaxPoints);
    }

    /// <summary>The framework's name, <c>id@version</c>.</summary>
    public FrameworkId Id { get; }

    /// <summary>The title.</summary>
    public LocalizedText Title { get; }

    /// <summary>A description, if any.</summary>
    public LocalizedText? Description { get; }

    /// <summary>The province or body that adopts the framework.</summary>
    public string Jurisdiction { get; }

    /// <summary>The kinds of unit the framework scores.</summary>
    public IReadOnlyList<UnitKind> AppliesTo { get; }

    /// <summary>The length of an assessment period.</summary>
    public PeriodKind Period { get; }

    /// <summary>Decimals that each indicator's points are rounded to, away from zero.</summary>
    public int Decimals { get; }

    /// <summary>The rating bands, highest first.</summary>
    public IReadOnlyList<RatingBand> Ratings { get; }

    /// <summary>The groups, in order.</summary>
    public IReadOnlyList<CriterionGroup> Groups { get; }

    /// <summary>The bonus indicators (điểm thưởng).</summary>
    public IReadOnlyList<Indicator> Bonus { get; }

    /// <summary>The caps on the rating.</summary>
    public IReadOnlyList<Cap> Caps { get; }

    /// <summary>The code of conduct whose rules the framework names, if any.</summary>
    public ConductCode? ConductCode { get; }

    /// <summary>The sum of the groups' maximum points, bonus excluded.</summary>
    public decimal MaxPoints { get; }

    /// <summary>The sum of the bonus indicators' maximum points.</summary>
    public decimal BonusMaxPoints { get; }

    /// <summary>Every indicator of the groups, in order.</summary>
    public IEnumerable<Indicator> Indicators => Groups.SelectMany(g => g.Indicators);

    /// <summary>Every criterion, in order.</summary>
    public IEnumerable<Criterion> Criteria => Groups.SelectMany(g => g.Criteria);

    /// <summary>Finds an indicator, bonus indicators included.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <param name="indicator">The indicator, when found.</param>
    /// <returns>Whether the framework has it.</returns>
    public bool TryGetIndicator(string id, out Indicator indicator) => _indicators.TryGetValue(id, out indicator!);

    /// <summary>Finds a rating band by its code.</summary>
    /// <param name="code">The code, such as <c>good</c>.</param>
    /// <returns>The band, or <see langword="null"/>.</returns>
    public RatingBand? FindRating(string code)
    {
        // A loop, not FirstOrDefault: the engine looks up each cap's rating for every unit it scores.
        for (var i = 0; i < Ratings.Count; i++)
        {
            if (Ratings[i].Code == code) return Ratings[i];
        }

        return null;
    }

    /// <summary>The band a total earns: the highest whose minimum is at or below it.</summary>
    /// <param name="total">The total points.</param>
    /// <returns>The band.</returns>
    public RatingBand RatingFor(decimal total)
    {
        for (var i = 0; i < Ratings.Count; i++)
        {
            if (Ratings[i].MinPoints <= total) return Ratings[i];
        }

        return Ratings[^1];
    }

    /// <summary>Compares two ratings of this framework: negative when <paramref name="a"/> is the better.</summary>
    /// <param name="a">A rating of this framework.</param>
    /// <param name="b">Another rating of this framework.</param>
    /// <returns>Negative, zero or positive, as <paramref name="a"/> is better, the same or worse.</returns>
    public int CompareRatings(RatingBand a, RatingBand b) =>
        _ratingOrder[Guard.Against.Null(a).Code].CompareTo(_ratingOrder[Guard.Against.Null(b).Code]);

    /// <inheritdoc />
    public override string ToString() => Id.ToString();

    private void CheckAppliesTo(List<Problem> problems)
    {
        if (AppliesTo.Count == 0) problems.Add(new Problem("appliesTo", "at least one unit kind is required"));
        foreach (var kind in AppliesTo.GroupBy(k => k).Where(g => g.Count() > 1))
            problems.Add(new Problem("appliesTo", $"'{kind.Key.ToCode()}' is listed more than once"));
    }

    private Dictionary<string, int> CheckRatings(List<Problem> problems)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        if (Ratings.Count == 0) problems.Add(new Problem("ratings", "at least one rating is required"));
        for (var i = 0; i < Ratings.Count; i++)
        {
            var path = "ratings" + JsonPath.Index(i);
            if (!order.TryAdd(Ratings[i].Code, i))
                problems.Add(new Problem(path + ".code", $"'{Ratings[i].Code}' is a duplicate rating code"));
            FigureLimits.AddTo(problems, FigureLimits.CheckPoints(path + ".minPoints", Ratings[i].MinPoints));
            if (i > 0 && Ratings[i].MinPoints >= Ratings[i - 1].MinPoints)
                problems.Add(new Problem(path + ".minPoints", $"{Figures.Text(Ratings[i].MinPoints)} is not below the previous rating's {Figures.Text(Ratings[i - 1].MinPoints)}: ratings go in strictly descending minPoints"));
        }

        if (Ratings.Count > 0 && Ratings[^1].MinPoints != 0)
            problems.Add(new Problem($"ratings[{Ratings.Count - 1}].minPoints", $"{Figures.Text(Ratings[^1].MinPoints)} is not 0: the lowest rating must start at 0 so that every total has a rating"));
        return order;
    }

    private IEnumerable<(Indicator Indicator, string Path)> IndicatorPaths()
    {
        for (var g = 0; g < Groups.Count; g++)
        {
            for (var c = 0; c < Groups[g].Criteria.Count; c++)
            {
                for (var i = 0; i < Groups[g].Criteria[c].Indicators.Count; i++)
                    yield return (Groups[g].Criteria[c].Indicators[i], $"groups[{g}].criteria[{c}].indicators[{i}]");
            }
        }

        for (var b = 0; b < Bonus.Count; b++) yield return (Bonus[b], $"bonus[{b}]");
    }

    private Dictionary<string, Indicator> CheckIds(List<Problem> problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var indicators = new Dictionary<string, Indicator>(StringComparer.Ordinal);
        void See(string id, string path)
        {
            if (!seen.TryAdd(id, path)) problems.Add(new Problem(path, $"'{id}' is a duplicate id: {seen[id]} has it already"));
        }

        if (Groups.Count == 0) problems.Add(new Problem("groups", "at least one group is required"));
        for (var g = 0; g < Groups.Count; g++)
        {
            var groupPath = $"groups[{g}]";
            See(Groups[g].Id, groupPath + ".id");
            for (var c = 0; c < Groups[g].Criteria.Count; c++)
            {
                var criterion = Groups[g].Criteria[c];
                var criterionPath = $"{groupPath}.criteria[{c}]";
                See(criterion.Id, criterionPath + ".id");
                for (var i = 0; i < criterion.Indicators.Count; i++)
                {
                    See(criterion.Indicators[i].Id, $"{criterionPath}.indicators[{i}].id");
                    indicators.TryAdd(criterion.Indicators[i].Id, criterion.Indicators[i]);
                }
            }
        }

        for (var b = 0; b < Bonus.Count; b++)
        {
            See(Bonus[b].Id, $"bonus[{b}].id");
            indicators.TryAdd(Bonus[b].Id, Bonus[b]);
        }

        for (var c = 0; c < Caps.Count; c++) See(Caps[c].Id, $"caps[{c}].id");
        return indicators;
    }

    private void CheckFits(List<Problem> problems)
    {
        var outline = new FrameworkOutline(
            new HashSet<string>(_indicators.Keys, StringComparer.Ordinal),
            new HashSet<string>(Groups.Select(g => g.Id), StringComparer.Ordinal),
            ConductCode);
        foreach (var (indicator, path) in IndicatorPaths())
        {
            problems.AddRange(indicator.Method.CheckFits(outline).Select(p => p.Under(path + ".method")));
            if (Decimals is >= 0 and <= 6 && Figures.Round(indicator.MaxPoints, Decimals) != indicator.MaxPoints)
            {
                // Rounding could then lift the points above the maximum (0.5 → 1 with 0 decimals).
                problems.Add(new Problem(path + ".maxPoints", $"{Figures.Text(indicator.MaxPoints)} has more decimals than the framework's {Decimals}"));
            }
        }

        for (var c = 0; c < Caps.Count; c++)
        {
            var path = $"caps[{c}]";
            if (!_ratingOrder.ContainsKey(Caps[c].MaxRating))
                problems.Add(new Problem(path + ".maxRating", $"'{Caps[c].MaxRating}' is not a rating of this framework; its ratings are {string.Join(", ", Ratings.Select(r => r.Code))}"));
            problems.AddRange(Caps[c].When.CheckFits(outline).Select(p => p.Under(path + ".when")));
        }
    }
}
