using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Domain.Scoring;

/// <summary>
/// Scores units against one framework. Make one per framework and score many units with it.
/// </summary>
/// <remarks>
/// The engine is pure and thread-safe: it reads no clock and no file, keeps no state between
/// calls, and gives the same scorecard for the same evidence. Semantics are those of DESIGN.md
/// section 3: decimal throughout; each indicator rounded to the framework's decimals away from
/// zero; every other figure an exact sum; appraised evidence counts instead of self-assessed.
/// </remarks>
/// <param name="framework">The framework to score against.</param>
public sealed class ScoringEngine(CriteriaFramework framework)
{
    /// <summary>The framework this engine scores against.</summary>
    public CriteriaFramework Framework { get; } = Guard.Against.Null(framework);

    // After Framework, whose initializer guards against null: initializers run in this order.
    private readonly int _indicatorCount = framework.Indicators.Count() + framework.Bonus.Count;

    /// <summary>Scores one unit's evidence for one period.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="InvalidInputException">The evidence cannot be scored: a period of the wrong
    /// kind, a unit kind the framework does not apply to, an unknown indicator, or figures that
    /// break an indicator's method. Every problem is listed, with paths such as
    /// <c>indicators['G1.1.1'].value</c>.</exception>
    public Scorecard Score(UnitEvidence evidence)
    {
        Guard.Against.Null(evidence);
        InvalidInputException.ThrowIfAny(Check(evidence));

        // Plain indexed loops rather than LINQ or foreach over interfaces: the engine scores
        // thousands of units a run, and neither allocates an enumerator.
        var byId = new Dictionary<string, IndicatorScore>(_indicatorCount, StringComparer.Ordinal);
        var ordered = new IndicatorScore[_indicatorCount];
        var at = 0;
        var groups = new List<GroupScore>(Framework.Groups.Count);
        var sum = 0m;
        for (var g = 0; g < Framework.Groups.Count; g++)
        {
            var group = Framework.Groups[g];
            var criteria = new List<CriterionScore>(group.Criteria.Count);
            var groupPoints = 0m;
            for (var c = 0; c < group.Criteria.Count; c++)
            {
                var criterion = group.Criteria[c];
                var scores = new IndicatorScore[criterion.Indicators.Count];
                var criterionPoints = 0m;
                for (var i = 0; i < scores.Length; i++)
                {
                    var score = byId[criterion.Indicators[i].Id] = ordered[at++] = ScoreIndicator(criterion.Indicators[i], evidence);
                    scores[i] = score;
                    criterionPoints += score.Points;
                }

                criteria.Add(new CriterionScore(criterion, criterionPoints, scores));
                groupPoints += criterionPoints;
            }

            groups.Add(new GroupScore(group, groupPoints, criteria));
            sum += groupPoints;
        }

        var bonus = new List<IndicatorScore>(Framework.Bonus.Count);
        for (var b = 0; b < Framework.Bonus.Count; b++)
        {
            var score = byId[Framework.Bonus[b].Id] = ordered[at++] = ScoreIndicator(Framework.Bonus[b], evidence);
            bonus.Add(score);
            sum += score.Points;
        }

        var total = Math.Clamp(sum, 0m, Framework.MaxPoints + Framework.BonusMaxPoints);
        var bandRating = Framework.RatingFor(total);
        var context = new CapContext(groups, byId, evidence);
        var caps = new List<AppliedCap>();
        var rating = bandRating;
        for (var c = 0; c < Framework.Caps.Count; c++)
        {
            var cap = Framework.Caps[c];
            var maxRating = Framework.FindRating(cap.MaxRating)!;
            if (Framework.CompareRatings(maxRating, bandRating) <= 0) continue;
            if (cap.When.Holds(context) is not { } reason) continue;
            caps.Add(new AppliedCap(cap, reason));
            if (Framework.CompareRatings(maxRating, rating) > 0) rating = maxRating;
        }

        return new Scorecard(Framework, evidence.Unit, evidence.Period, groups, bonus, total, bandRating, rating, caps, byId, ordered, evidence);
    }

    /// <summary>Every problem that would stop <paramref name="evidence"/> from being scored.</summary>
    /// <param name="evidence">The evidence.</param>
    /// <returns>The problems, with paths relative to the evidence document; empty when it can be scored.</returns>
    public IReadOnlyList<Problem> Check(UnitEvidence evidence)
    {
        Guard.Against.Null(evidence);
        var problems = new List<Problem>();
        if (evidence.Period.Kind != Framework.Period)
        {
            problems.Add(new Problem("period",
                $"'{evidence.Period}' is not a {Framework.Period.ToCode()} period: {Framework.Id} scores {Framework.Period.ToCode()}s, written like '{Framework.Period.Example()}'"));
        }

        if (!Framework.AppliesTo.Contains(evidence.Unit.Kind))
        {
            problems.Add(new Problem("unit.kind",
                $"'{evidence.Unit.Kind.ToCode()}' is not among the kinds the framework applies to: {string.Join(", ", Framework.AppliesTo.Select(k => k.ToCode()))}"));
        }

        CheckEvidence("indicators", evidence.SelfAssessed, problems);
        CheckEvidence("appraised", evidence.Appraised, problems);
        CheckMeasured(evidence.Measured, problems);
        CheckConduct(evidence, problems);
        return problems;
    }

    private void CheckConduct(UnitEvidence evidence, List<Problem> problems)
    {
        for (var i = 0; i < evidence.Conduct.Count; i++)
        {
            var breach = evidence.Conduct[i];
            var path = $"conduct[{i}]";
            if (Framework.ConductCode is not { } code)
                problems.Add(new Problem(path, $"{Framework.Id} names no code of conduct, so it cannot score conduct observations"));
            else if (!code.TryGetRule(breach.RuleId, out _))
                problems.Add(new Problem(path + ".rule", code.NotARule(breach.RuleId)));
            if (!evidence.Period.Contains(breach.On))
                problems.Add(new Problem(path + ".on", $"{breach.On:uuuu-MM-dd} is outside the period {evidence.Period} ({evidence.Period.Start:uuuu-MM-dd} to {evidence.Period.End:uuuu-MM-dd})"));
        }
    }

    private void CheckEvidence(string section, IReadOnlyDictionary<string, IndicatorEvidence> entries, List<Problem> problems)
    {
        foreach (var (id, entry) in entries)
        {
            if (!Framework.TryGetIndicator(id, out var indicator))
                problems.Add(new Problem(PathOf(section, id), $"'{id}' is not an indicator of {Framework.Id}"));
            else if (indicator.Method is EvidenceMethod method)
                CheckEntry(method, entry, indicator.MaxPoints, section, id, problems);
            else
                problems.Add(new Problem(PathOf(section, id), $"'{id}' takes no evidence: method '{indicator.Method.Kind}' derives its points from the unit's conduct observations"));
        }
    }

    /// <summary>Checks one entry; its path is written only when it has a problem.</summary>
    private static void CheckEntry(EvidenceMethod method, IndicatorEvidence entry, decimal maxPoints, string section, string id, List<Problem> problems)
    {
        var before = problems.Count;
        method.CheckEvidence(entry, maxPoints, problems);
        if (problems.Count == before) return;
        var path = PathOf(section, id);
        for (var i = before; i < problems.Count; i++) problems[i] = problems[i].Under(path);
    }

    private static string PathOf(string section, string id) => JsonPath.Combine(section, JsonPath.Key(id));

    private void CheckMeasured(IReadOnlyDictionary<string, Measurement> measured, List<Problem> problems)
    {
        foreach (var (id, measurement) in measured)
        {
            if (!Framework.TryGetIndicator(id, out var indicator))
                problems.Add(new Problem(PathOf("measured", id), $"'{id}' is not an indicator of {Framework.Id}"));
            else if (indicator.DataSource != measurement.Source)
                problems.Add(new Problem(PathOf("measured", id), $"'{id}' is measured from {indicator.DataSource?.ToString() ?? "no data source"}, not {measurement.Source}"));
            else
                CheckEntry((EvidenceMethod)indicator.Method, measurement.ToEvidence(indicator.Method), indicator.MaxPoints, "measured", id, problems);
        }
    }

    private IndicatorScore ScoreIndicator(Indicator indicator, UnitEvidence evidence)
    {
        if (indicator.Method is ConductMethod conduct) return ScoreConduct(indicator, conduct, evidence);

        Applied? self = evidence.SelfAssessed.TryGetValue(indicator.Id, out var s) ? Apply(indicator, s) : null;
        Applied? appraised = evidence.Appraised.TryGetValue(indicator.Id, out var a) ? Apply(indicator, a) : null;
        if (self is null && appraised is null && evidence.Measured.TryGetValue(indicator.Id, out var measurement))
            return ScoreMeasured(indicator, measurement);

        var text = new HandEntered(indicator, self, appraised);
        if (self is null && appraised is null) return new IndicatorScore(indicator, 0m, null, null, null, text);

        var counted = appraised ?? self!.Value;
        return new IndicatorScore(indicator, counted.Points, appraised is null ? EvidenceSource.Self : EvidenceSource.Appraisal, self?.Points, appraised?.Points, text);
    }

    private IndicatorScore ScoreConduct(Indicator indicator, ConductMethod conduct, UnitEvidence evidence)
    {
        var result = conduct.Score(evidence.Conduct, Framework.ConductCode!, indicator.MaxPoints);
        var counted = new Applied(result, Figures.Round(result.RawPoints, Framework.Decimals));
        return new IndicatorScore(indicator, counted.Points, EvidenceSource.Derived, null, null, new FromConduct(indicator, counted));
    }

    private IndicatorScore ScoreMeasured(Indicator indicator, Measurement measurement)
    {
        var applied = Apply(indicator, measurement.ToEvidence(indicator.Method));
        return new IndicatorScore(indicator, applied.Points, EvidenceSource.Derived, null, null, new FromMeasurement(indicator, measurement, applied));
    }

    private Applied Apply(Indicator indicator, IndicatorEvidence entry)
    {
        var result = ((EvidenceMethod)indicator.Method).Score(entry, indicator.MaxPoints);
        return new Applied(result, Figures.Round(result.RawPoints, Framework.Decimals));
    }

    private readonly record struct Applied(MethodResult Result, decimal Points);

    /// <summary>What an indicator scored from evidence entered by hand (or from none), to explain it when asked.</summary>
    private sealed class HandEntered(Indicator indicator, Applied? self, Applied? appraised) : LazyText
    {
        protected override LocalizedText Write()
        {
            var writer = ExplanationWriter.Rent().Text(indicator.MethodInWords);
            var max = indicator.MaxPoints;
            if (appraised is not { } counted)
            {
                if (self is not { } selfOnly) return writer.Words(". Không có minh chứng: 0/", ". No evidence: 0 of ").Figure(max).Words(" điểm.", " points.").Finish();
                counted = selfOnly;
            }

            writer.Words(appraised is null ? ". Tự đánh giá: " : ". Thẩm định: ", appraised is null ? ". Self-assessed: " : ". Appraised: ");
            counted.Result.WriteWorking(writer);
            writer.Outcome(counted.Points, max);
            if (appraised is { } appraisal && self is { } own)
            {
                writer.Words(" Tự đánh giá: ", " Self-assessed: ");
                own.Result.WriteWorking(writer);
                writer.Same(" → ").Figure(own.Points).Words(" (chênh lệch ", " (difference ").Signed(appraisal.Points - own.Points).Same(").");
            }

            return writer.Finish();
        }
    }

    /// <summary>What a conduct indicator scored from the unit's conduct observations, to explain it when asked.</summary>
    private sealed class FromConduct(Indicator indicator, Applied counted) : LazyText
    {
        protected override LocalizedText Write()
        {
            var writer = ExplanationWriter.Rent().Text(indicator.MethodInWords).Words(". Từ các quan sát ứng xử: ", ". From conduct observations: ");
            counted.Result.WriteWorking(writer);
            return writer.Outcome(counted.Points, indicator.MaxPoints).Finish();
        }
    }

    /// <summary>What an indicator scored from data recorded by a source, to explain it when asked.</summary>
    private sealed class FromMeasurement(Indicator indicator, Measurement measurement, Applied applied) : LazyText
    {
        protected override LocalizedText Write()
        {
            var writer = ExplanationWriter.Rent().Text(indicator.MethodInWords).Words(". Từ dữ liệu ghi nhận (", ". From recorded data (").Same(measurement.Source.ToString())
                .Same("): ").Text(measurement.Provenance).Same("; ");
            applied.Result.WriteWorking(writer);
            return writer.Outcome(applied.Points, indicator.MaxPoints).Finish();
        }
    }
}
