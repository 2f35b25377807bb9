using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Reporting;

/// <summary>
/// One unit's scorecard as reports show it (phiếu điểm): every figure with its title, maximum and
/// explanation, made either from a live <see cref="Scorecard"/> or from a finalized
/// <see cref="ScorecardSnapshot"/> and the framework it was scored on.
/// </summary>
/// <remarks>
/// The two sources give the same figures, titles, explanations, self-assessed and appraised points
/// and reasons of caps. A snapshot kept before those were recorded has only the figures: a report
/// made from one has <see cref="DetailsKept"/> false and says so.
/// </remarks>
public sealed class ScorecardReport
{
    private ScorecardReport(
        CriteriaFramework framework,
        string period,
        string unitCode,
        string unitName,
        decimal total,
        decimal bonus,
        RatingBand rating,
        RatingBand bandRating,
        IReadOnlyList<GroupReport> groups,
        IReadOnlyList<IndicatorReport> bonusIndicators,
        IReadOnlyList<CapReport> caps,
        bool detailsKept)
    {
        DetailsKept = detailsKept;
        FrameworkId = framework.Id.ToString();
        FrameworkTitle = framework.Title;
        MaxPoints = framework.MaxPoints;
        BonusMaxPoints = framework.BonusMaxPoints;
        Decimals = framework.Decimals;
        RatingRank = framework.Ratings.ToList().FindIndex(r => r.Code == rating.Code);
        Period = period;
        UnitCode = unitCode;
        UnitName = unitName;
        Total = total;
        Bonus = bonus;
        Rating = rating;
        BandRating = bandRating;
        Groups = groups;
        BonusIndicators = bonusIndicators;
        Caps = caps;
    }

    /// <summary>The framework's name, <c>id@version</c>.</summary>
    public string FrameworkId { get; }

    /// <summary>The framework's title in both languages.</summary>
    public LocalizedText FrameworkTitle { get; }

    /// <summary>How many decimals the framework rounds indicator points to (0–6), for showing figures.</summary>
    public int Decimals { get; }

    /// <summary>The framework's maximum points, bonus excluded.</summary>
    public decimal MaxPoints { get; }

    /// <summary>The most bonus points the framework gives.</summary>
    public decimal BonusMaxPoints { get; }

    /// <summary>The assessment period as files write it: <c>2024</c>, <c>2024-H1</c>, <c>2024-Q2</c>, <c>2024-05</c>.</summary>
    public string Period { get; }

    /// <summary>The unit's official five-digit code.</summary>
    public string UnitCode { get; }

    /// <summary>The unit's official name.</summary>
    public string UnitName { get; }

    /// <summary>The total: the groups' points plus the bonus.</summary>
    public decimal Total { get; }

    /// <summary>The bonus points.</summary>
    public decimal Bonus { get; }

    /// <summary>The final rating (xếp loại), after caps.</summary>
    public RatingBand Rating { get; }

    /// <summary>The final rating's place among the framework's ratings: 0 for the best.</summary>
    public int RatingRank { get; }

    /// <summary>The rating the total earned before caps.</summary>
    public RatingBand BandRating { get; }

    /// <summary>The groups, in the framework's order.</summary>
    public IReadOnlyList<GroupReport> Groups { get; }

    /// <summary>The bonus indicators, in the framework's order.</summary>
    public IReadOnlyList<IndicatorReport> BonusIndicators { get; }

    /// <summary>The caps that applied, in the framework's order.</summary>
    public IReadOnlyList<CapReport> Caps { get; }

    /// <summary>
    /// Whether the report has each indicator's self-assessed and appraised points and each cap's
    /// reason: always for a live scorecard; for a snapshot, when it was kept with them (not one
    /// finalized before FriendlyGov recorded them).
    /// </summary>
    public bool DetailsKept { get; }

    /// <summary>Every indicator: the groups' in order, then the bonus indicators.</summary>
    public IEnumerable<IndicatorReport> Indicators => Groups.SelectMany(g => g.Indicators).Concat(BonusIndicators);

    /// <summary>The ids of the indicators with no evidence, in order.</summary>
    public IEnumerable<string> Missing => Indicators.Where(i => i.IsMissing).Select(i => i.Id);

    /// <summary>The report of a live scorecard.</summary>
    /// <param name="card">The scorecard.</param>
    /// <returns>Its report, with self-assessed and appraised points and the reasons of its caps.</returns>
    public static ScorecardReport From(Scorecard card)
    {
        Guard.Against.Null(card);
        var framework = card.Framework;
        var groups = card.Groups
            .Select(g => new GroupReport(
                g.Group.Id,
                g.Group.Title,
                g.Points,
                g.Group.MaxPoints,
                [.. g.Criteria.Select(c => new CriterionReport(c.Criterion.Id, c.Criterion.Title, c.Points, c.Criterion.MaxPoints, [.. c.Indicators.Select(Report)]))]))
            .ToList();
        var caps = card.Caps
            .Select(c => new CapReport(c.Cap.Id, c.Cap.Title, RatingOf(framework, c.Cap.MaxRating), c.Reason))
            .ToList();
        return new ScorecardReport(
            framework,
            card.Period.ToString(),
            card.Unit.Code,
            card.Unit.Name,
            card.Total,
            card.Bonus,
            card.Rating,
            card.BandRating,
            groups,
            [.. card.BonusIndicators.Select(Report)],
            caps,
            detailsKept: true);
    }

    /// <summary>
    /// The report of a finalized assessment's snapshot, with the titles and maxima of the
    /// framework it was scored on.
    /// </summary>
    /// <param name="snapshot">The snapshot the workflow kept at finalization.</param>
    /// <param name="framework">The framework the snapshot names.</param>
    /// <returns>Its report, with the self-assessed and appraised points and the reasons of caps where the
    /// snapshot keeps them (<see cref="DetailsKept"/>).</returns>
    /// <exception cref="InvalidInputException">The snapshot does not belong to the framework: another
    /// framework's name, a group, indicator, explanation, rating or cap that the framework does not
    /// have or that the snapshot lacks; every problem is listed.</exception>
    public static ScorecardReport From(ScorecardSnapshot snapshot, CriteriaFramework framework)
    {
        Guard.Against.Null(snapshot);
        Guard.Against.Null(framework);
        SnapshotCheck.ThrowIfNotOf(snapshot, framework);

        var missing = snapshot.Missing.ToHashSet(StringComparer.Ordinal);
        IndicatorReport Indicator(Indicator indicator)
        {
            var detail = snapshot.IndicatorDetails?.GetValueOrDefault(indicator.Id);
            return new(
                indicator.Id,
                indicator.Title,
                snapshot.Indicators[indicator.Id],
                indicator.MaxPoints,
                detail?.SelfAssessedPoints,
                detail?.AppraisedPoints,
                missing.Contains(indicator.Id),
                snapshot.Explanations[indicator.Id]);
        }

        var groups = framework.Groups
            .Select(g => new GroupReport(
                g.Id,
                g.Title,
                snapshot.Groups[g.Id],
                g.MaxPoints,
                [.. g.Criteria.Select(c =>
                {
                    var indicators = c.Indicators.Select(Indicator).ToList();
                    return new CriterionReport(c.Id, c.Title, indicators.Sum(i => i.Points), c.MaxPoints, indicators);
                })]))
            .ToList();
        var applied = snapshot.Caps.ToHashSet(StringComparer.Ordinal);
        var caps = framework.Caps
            .Where(c => applied.Contains(c.Id))
            .Select(c => new CapReport(c.Id, c.Title, RatingOf(framework, c.MaxRating), snapshot.CapReasons?.GetValueOrDefault(c.Id)))
            .ToList();
        return new ScorecardReport(
            framework,
            snapshot.Period,
            snapshot.UnitCode,
            snapshot.UnitName,
            snapshot.Total,
            snapshot.Bonus,
            RatingOf(framework, snapshot.Rating),
            RatingOf(framework, snapshot.BandRating),
            groups,
            [.. framework.Bonus.Select(Indicator)],
            caps,
            snapshot.KeepsDetails);
    }

    private static IndicatorReport Report(IndicatorScore score) => new(
        score.Indicator.Id,
        score.Indicator.Title,
        score.Points,
        score.Indicator.MaxPoints,
        score.SelfAssessedPoints,
        score.AppraisedPoints,
        score.IsMissing,
        score.Explanation);

    private static RatingBand RatingOf(CriteriaFramework framework, string code) =>
        framework.FindRating(code) ?? throw new InvalidOperationException($"{framework.Id} has no rating '{code}'.");

    /// <summary>Whether a snapshot's keys are exactly the framework's.</summary>
    private static class SnapshotCheck
    {
        public static void ThrowIfNotOf(ScorecardSnapshot snapshot, CriteriaFramework framework)
        {
            var problems = new List<Problem>();
            if (snapshot.Framework != framework.Id.ToString())
            {
                problems.Add(new Problem("framework", $"the snapshot was scored on {snapshot.Framework}, not on {framework.Id}"));
                InvalidInputException.ThrowIfAny(problems, Document(snapshot));
            }

            if (!AssessedUnit.IsUnitCode(snapshot.UnitCode))
                problems.Add(new Problem("unitCode", $"'{snapshot.UnitCode}' is not a unit code: the official code has five digits, such as 25996"));
            if (string.IsNullOrWhiteSpace(snapshot.UnitName)) problems.Add(new Problem("unitName", "the unit's name is blank"));
            foreach (var (name, code) in new[] { ("rating", snapshot.Rating), ("bandRating", snapshot.BandRating) })
            {
                if (framework.FindRating(code) is null)
                    problems.Add(new Problem(name, $"'{code}' is not one of {framework.Id}'s ratings ({string.Join(", ", framework.Ratings.Select(r => r.Code))})"));
            }

            SameKeys("groups", snapshot.Groups.Keys, framework.Groups.Select(g => g.Id), "group", problems);
            var indicators = framework.Indicators.Concat(framework.Bonus).Select(i => i.Id).ToList();
            SameKeys("indicators", snapshot.Indicators.Keys, indicators, "indicator", problems);
            SameKeys("explanations", snapshot.Explanations.Keys, indicators, "indicator", problems);
            Known("caps", snapshot.Caps, framework.Caps.Select(c => c.Id), "cap", problems);
            Known("missing", snapshot.Missing, indicators, "indicator", problems);
            InvalidInputException.ThrowIfAny(problems, Document(snapshot));
        }

        private static string Article(string noun) => "aeiou".Contains(noun[0], StringComparison.Ordinal) ? "an" : "a";

        private static string Document(ScorecardSnapshot snapshot) => $"snapshot of unit {snapshot.UnitCode}";

        private static void SameKeys(string field, IEnumerable<string> keys, IEnumerable<string> expected, string what, List<Problem> problems)
        {
            var given = keys.ToHashSet(StringComparer.Ordinal);
            var wanted = expected.ToList();
            foreach (var id in wanted.Where(id => !given.Contains(id)))
                problems.Add(new Problem(JsonPath.Combine(field, JsonPath.Key(id)), $"the framework's {what} '{id}' is missing from the snapshot"));
            foreach (var id in given.Except(wanted).Order(StringComparer.Ordinal))
                problems.Add(new Problem(JsonPath.Combine(field, JsonPath.Key(id)), $"'{id}' is not {Article(what)} {what} of the framework"));
        }

        private static void Known(string field, IEnumerable<string> ids, IEnumerable<string> known, string what, List<Problem> problems)
        {
            var set = known.ToHashSet(StringComparer.Ordinal);
            foreach (var id in ids.Where(id => !set.Contains(id)).Order(StringComparer.Ordinal))
                problems.Add(new Problem(field, $"'{id}' is not {Article(what)} {what} of the framework"));
        }
    }
}
