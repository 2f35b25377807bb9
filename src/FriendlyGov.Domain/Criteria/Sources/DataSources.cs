using FriendlyGov.Domain.Criteria.Methods;

namespace FriendlyGov.Domain.Criteria.Sources;

/// <summary>The data sources the library measures: each kind of recorded data, its measures and their shapes.</summary>
/// <remarks>
/// <list type="table">
/// <listheader><term>kind</term><description>measures (shape)</description></listheader>
/// <item><term><c>feedback</c></term><description>citizens' ratings after a transaction, per aspect
/// (<c>access</c>, <c>procedure</c>, <c>official</c>, <c>result</c>, <c>feedback-handling</c>,
/// <c>office-smile</c>): <c>average</c> (average), <c>satisfiedShare</c> (share rating 4 or 5);
/// and <c>count</c> (count of ratings, no aspect).</description></item>
/// <item><term><c>sessions</c></term><description>"Morning with the People" sessions:
/// <c>held</c> (count), <c>chairedByHeadShare</c> (share), <c>issuesResolvedOnTimeShare</c> (share),
/// <c>issuesOverdue</c> (count).</description></item>
/// <item><term><c>disclosures</c></term><description>public disclosures: <c>onTimeShare</c> (share of
/// required items disclosed on time and for long enough), <c>allOnTime</c> (met when every one was).</description></item>
/// <item><term><c>dossiers</c></term><description>administrative procedure dossiers:
/// <c>onTimeShare</c> (resolved on time of resolved), <c>onlineShare</c> (filed online of received),
/// <c>overdue</c> (count), <c>resolvedLate</c> (count).</description></item>
/// <item><term><c>conduct</c></term><description>conduct observations of the unit's officials:
/// <c>confirmed</c> (count of confirmed breaches).</description></item>
/// </list>
/// </remarks>
public static class DataSources
{
    /// <summary>The aspects feedback is rated on: SIPAS's five and "Office smile".</summary>
    public static IReadOnlyList<string> FeedbackAspects => Feedback.FeedbackCodes.AllAspectCodes;

    private static readonly Dictionary<string, Dictionary<string, (DataShape Shape, bool PerAspect)>> Measures = new(StringComparer.Ordinal)
    {
        ["feedback"] = new(StringComparer.Ordinal)
        {
            ["average"] = (DataShape.Average, true),
            ["satisfiedShare"] = (DataShape.Share, true),
            ["count"] = (DataShape.Count, false),
        },
        ["sessions"] = new(StringComparer.Ordinal)
        {
            ["held"] = (DataShape.Count, false),
            ["chairedByHeadShare"] = (DataShape.Share, false),
            ["issuesResolvedOnTimeShare"] = (DataShape.Share, false),
            ["issuesOverdue"] = (DataShape.Count, false),
        },
        ["disclosures"] = new(StringComparer.Ordinal)
        {
            ["onTimeShare"] = (DataShape.Share, false),
            ["allOnTime"] = (DataShape.Met, false),
        },
        ["dossiers"] = new(StringComparer.Ordinal)
        {
            ["onTimeShare"] = (DataShape.Share, false),
            ["onlineShare"] = (DataShape.Share, false),
            ["overdue"] = (DataShape.Count, false),
            ["resolvedLate"] = (DataShape.Count, false),
        },
        ["conduct"] = new(StringComparer.Ordinal)
        {
            ["confirmed"] = (DataShape.Count, false),
        },
    };

    /// <summary>The kinds of data, in the order they are documented.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. Measures.Keys];

    /// <summary>The measures of one kind of data.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The measures, or none for a kind the library does not measure.</returns>
    public static IReadOnlyList<string> MeasuresOf(string kind) =>
        Measures.TryGetValue(Guard.Against.Null(kind), out var measures) ? [.. measures.Keys] : [];

    internal static DataShape ShapeOf(string kind, string measure) => Measures[kind][measure].Shape;

    internal static IEnumerable<string> MethodsFor(DataShape shape) => shape switch
    {
        DataShape.Share => [RatioMethod.KindCode],
        DataShape.Average => [ScaleMethod.KindCode],
        DataShape.Count => [BandsMethod.KindCode, DeductionMethod.KindCode],
        _ => [CheckMethod.KindCode],
    };

    internal static IEnumerable<Problem> Check(string kind, string measure, string? aspect)
    {
        if (!Measures.TryGetValue(kind, out var measures))
        {
            yield return new Problem("kind", $"'{kind}' is not a kind of data source; the kinds are {string.Join(", ", Measures.Keys)}");
            yield break;
        }

        if (!measures.TryGetValue(measure, out var found))
        {
            yield return new Problem("measure", $"'{measure}' is not a measure of {kind}; its measures are {string.Join(", ", measures.Keys)}");
            yield break;
        }

        if (found.PerAspect && aspect is null)
            yield return new Problem("aspect", $"{kind}.{measure} is taken per aspect: name one of {string.Join(", ", FeedbackAspects)}");
        else if (found.PerAspect && !FeedbackAspects.Contains(aspect, StringComparer.Ordinal))
            yield return new Problem("aspect", $"'{aspect}' is not an aspect of {kind}; the aspects are {string.Join(", ", FeedbackAspects)}");
        else if (!found.PerAspect && aspect is not null)
            yield return new Problem("aspect", $"{kind}.{measure} takes no aspect");
    }
}
