using CsCheck;
using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Tests.Properties;

/// <summary>
/// Better evidence never scores less: for each monotone method, two valid pieces of evidence, one
/// at least as good as the other, and the better one's raw points are at least the other's.
/// Rounding away from zero keeps that order, so the scorecard's points keep it too.
/// </summary>
public sealed class MonotonicityProperties
{
    private static readonly Gen<decimal> Max = Gen.Int[1, 40].Select(n => n / 2m);

    private static Gen<(decimal Low, decimal High)> Ordered(Gen<decimal> values) =>
        from a in values
        from b in values
        select (Math.Min(a, b), Math.Max(a, b));

    private static Gen<decimal> Share => Gen.Int[0, 10_000].Select(n => n / 10_000m);

    private static void AtLeast(EvidenceMethod method, decimal max, IndicatorEvidence worse, IndicatorEvidence better)
    {
        method.CheckEvidence(worse, max).Should().BeEmpty();
        method.CheckEvidence(better, max).Should().BeEmpty();
        var low = method.Score(worse, max).RawPoints;
        var high = method.Score(better, max).RawPoints;
        high.Should().BeGreaterThanOrEqualTo(low, "{0} scores {1} and {2}", method.Describe().En, worse, better);
        Figures.Round(high, 2).Should().BeGreaterThanOrEqualTo(Figures.Round(low, 2));
    }

    [Fact]
    public void A_higher_ratio_never_scores_less()
    {
        var gen = from max in Max
                  from floor in Gen.Int[0, 99]
                  from target in Gen.Int[floor + 1, 100]
                  from values in Ordered(Share)
                  select (max, new RatioMethod(floor / 100m, target / 100m), values);
        gen.Sample((max, method, values) =>
            AtLeast(method, max, new() { Value = values.Low }, new() { Value = values.High }), iter: PropertyRuns.Methods);
    }

    [Fact]
    public void A_higher_numerator_over_the_same_denominator_never_scores_less()
    {
        var gen = from max in Max
                  from floor in Gen.Int[0, 99]
                  from target in Gen.Int[floor + 1, 100]
                  from denominator in Gen.Int[1, 100_000]
                  from numerators in Ordered(Gen.Int[0, denominator].Select(n => (decimal)n))
                  select (max, new RatioMethod(floor / 100m, target / 100m), denominator, numerators);
        gen.Sample((max, method, denominator, n) => AtLeast(method, max,
            new() { Numerator = n.Low, Denominator = denominator },
            new() { Numerator = n.High, Denominator = denominator }), iter: PropertyRuns.Methods);
    }

    [Fact]
    public void A_higher_value_never_scores_less_where_band_points_rise_with_their_minimum()
    {
        // Bands whose points fall as min rises are valid but reward less for more on purpose
        // (fewer complaints earn more); only rising bands promise monotone points.
        var gen = from max in Max
                  from mins in Gen.Int[-5, 60].Array[1, 5]
                  from points in Gen.Int[0, (int)(max * 2)].Array[5]
                  from values in Ordered(Gen.Int[-1000, 7000].Select(n => n / 100m))
                  let distinct = mins.Distinct().Order().ToArray()
                  select (max, new BandsMethod(distinct.Zip(points.Take(distinct.Length).Order(), (m, p) => new ScoreBand(m, p / 2m))), values);
        gen.Sample((max, method, values) =>
            AtLeast(method, max, new() { Value = values.Low }, new() { Value = values.High }), iter: PropertyRuns.Methods);
    }

    [Fact]
    public void A_higher_scale_average_never_scores_less()
    {
        var gen = from max in Max
                  from low in Gen.Int[-2, 1]
                  from width in Gen.Int[1, 9]
                  from averages in Ordered(Gen.Int[low * 100, (low + width) * 100].Select(n => n / 100m))
                  from count in Gen.Int[1, 10_000]
                  select (max, new ScaleMethod(low, low + width), averages, count);
        gen.Sample((max, method, averages, count) => AtLeast(method, max,
            new() { Average = averages.Low, Count = count },
            new() { Average = averages.High, Count = count }), iter: PropertyRuns.Methods);
    }

    [Fact]
    public void Raising_one_scale_response_never_scores_less()
    {
        var gen = from max in Max
                  from low in Gen.Int[-2, 1]
                  from width in Gen.Int[1, 9]
                  from responses in Gen.Int[low, low + width].Array[1, 30]
                  from which in Gen.Int[0, responses.Length - 1]
                  from raised in Gen.Int[responses[which], low + width]
                  select (max, new ScaleMethod(low, low + width), responses, which, raised);
        gen.Sample((max, method, responses, which, raised) =>
        {
            var better = responses.Select((r, i) => (decimal)(i == which ? raised : r)).ToArray();
            AtLeast(method, max, new() { Responses = [.. responses.Select(r => (decimal)r)] }, new() { Responses = better });
        }, iter: PropertyRuns.Methods);
    }

    [Fact]
    public void Meeting_more_checklist_items_never_scores_less()
    {
        var gen = from count in Gen.Int[1, 6]
                  from points in Gen.Int[1, 10].Array[count]
                  from worse in Gen.Bool.Array[count]
                  from extra in Gen.Bool.Array[count]
                  select (points, worse, extra);
        gen.Sample((points, worse, extra) =>
        {
            // Items worth 0.5 to 5; the maximum is their sum. The better evidence is a superset.
            var items = points.Select((p, i) => new ChecklistItem($"i{i}", p / 2m)).ToList();
            var method = new ChecklistMethod(items);
            string[] Met(Func<int, bool> met) => [.. items.Where((_, i) => met(i)).Select(i => i.Id)];
            AtLeast(method, method.TotalPoints, new() { Items = Met(i => worse[i]) }, new() { Items = Met(i => worse[i] || extra[i]) });
        }, iter: PropertyRuns.Methods);
    }

    [Fact]
    public void Meeting_a_check_never_scores_less_than_missing_it()
    {
        Max.Sample(max => AtLeast(new CheckMethod(), max, new() { Met = false }, new() { Met = true }));
    }

    [Fact]
    public void Fewer_deductions_never_score_less()
    {
        var gen = from max in Max
                  from perCount in Gen.Int[1, 40].Select(n => n / 4m)
                  from counts in Ordered(Gen.OneOf(Gen.Int[0, 50], Gen.Int[0, 1_000_000]).Select(n => (decimal)n))
                  select (max, new DeductionMethod(perCount), counts);
        gen.Sample((max, method, counts) =>
            AtLeast(method, max, new() { Count = counts.High }, new() { Count = counts.Low }), iter: PropertyRuns.Methods);
    }

    [Fact]
    public void A_higher_imported_index_never_scores_less()
    {
        var gen = from max in Max
                  from scaleMax in Gen.Int[1, 1000]
                  from values in Ordered(Gen.Int[0, scaleMax * 100].Select(n => n / 100m))
                  select (max, new ImportMethod(scaleMax), values);
        gen.Sample((max, method, values) =>
            AtLeast(method, max, new() { Value = values.Low }, new() { Value = values.High }), iter: PropertyRuns.Methods);
    }
}
