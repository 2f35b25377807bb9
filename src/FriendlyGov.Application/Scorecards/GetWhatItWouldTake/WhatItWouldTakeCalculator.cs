using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Scoring;

namespace FriendlyGov.Application.Scorecards.GetWhatItWouldTake;

/// <summary>
/// Works out what it would take for a scored unit to reach the next rating. Pure: it reads only
/// the scorecard and the unit's conduct observations it is given.
/// </summary>
/// <remarks>
/// <para>The next rating is the band just above the final rating (after caps); the gap is its
/// minimum points minus the total, or 0 when the total already reaches it.</para>
/// <para>The smallest set closes the gap with the fewest indicators: the most open first, until
/// their open points add up to the gap. Taking the largest first is what makes the set the
/// smallest possible.</para>
/// <para>A cap still holds when its condition holds now and would still hold with the indicators
/// of the smallest set at their maximum (checked by the cap's own condition on that what-if),
/// and its maximum rating is below the next rating. Conduct indicators are never in the set:
/// evidence does not undo a confirmed breach.</para>
/// </remarks>
public static class WhatItWouldTakeCalculator
{
    /// <summary>What it would take for a scored unit to reach the next rating.</summary>
    /// <param name="scorecard">The unit's live scorecard.</param>
    /// <returns>What it would take.</returns>
    public static WhatItWouldTake Calculate(Scorecard scorecard)
    {
        Guard.Against.Null(scorecard);
        var framework = scorecard.Framework;
        var next = NextRating(framework, scorecard.Rating);
        var gap = next is null ? 0m : Math.Max(0m, next.MinPoints - scorecard.Total);

        // Conduct indicators are left out: evidence cannot win back what confirmed breaches cost.
        var mostOpen = scorecard.Indicators
            .Where(i => i.Indicator.Method is EvidenceMethod)
            .Select(i => new OpenPoints(i.Indicator.Id, i.Points, i.Indicator.MaxPoints, i.Indicator.MaxPoints - i.Points))
            .Where(o => o.Open > 0m)
            .OrderByDescending(o => o.Open)
            .ThenBy(o => o.IndicatorId, StringComparer.Ordinal)
            .ToList();
        var smallestSet = SmallestSet(mostOpen, gap);

        IReadOnlyList<string> capsStillHolding = [];
        if (next is not null)
        {
            var now = new CapContext(scorecard.Groups, scorecard.Indicators.ToDictionary(i => i.Indicator.Id, StringComparer.Ordinal), scorecard.Evidence);
            var after = Raised(scorecard, smallestSet);
            capsStillHolding = [.. framework.Caps
                .Where(cap => framework.CompareRatings(framework.FindRating(cap.MaxRating)!, next) > 0)
                .Where(cap => cap.When.Holds(now) is not null && cap.When.Holds(after) is not null)
                .Select(cap => cap.Id)];
        }

        return new WhatItWouldTake(
            scorecard.Total,
            scorecard.Rating.Code,
            next?.Code,
            next?.MinPoints,
            gap,
            mostOpen,
            [.. smallestSet.Select(o => o.IndicatorId)],
            capsStillHolding);
    }

    private static RatingBand? NextRating(CriteriaFramework framework, RatingBand rating)
    {
        var place = framework.Ratings.ToList().FindIndex(r => r.Code == rating.Code);
        return place > 0 ? framework.Ratings[place - 1] : null;
    }

    private static List<OpenPoints> SmallestSet(IReadOnlyList<OpenPoints> mostOpen, decimal gap)
    {
        var set = new List<OpenPoints>();
        var closed = 0m;
        foreach (var open in mostOpen)
        {
            if (closed >= gap) break;
            set.Add(open);
            closed += open.Open;
        }

        return set;
    }

    /// <summary>The scorecard's context as it would be with the set's indicators at their maximum.</summary>
    private static CapContext Raised(Scorecard scorecard, IReadOnlyList<OpenPoints> set)
    {
        var open = set.ToDictionary(o => o.IndicatorId, o => o.Open, StringComparer.Ordinal);
        var indicators = scorecard.Indicators.ToDictionary(
            i => i.Indicator.Id,
            i => open.ContainsKey(i.Indicator.Id) ? i with { Points = i.Indicator.MaxPoints } : i,
            StringComparer.Ordinal);
        var groups = scorecard.Groups
            .Select(g => g with { Points = g.Points + g.Group.Indicators.Sum(i => open.GetValueOrDefault(i.Id)) })
            .ToList();
        return new CapContext(groups, indicators, scorecard.Evidence);
    }
}
