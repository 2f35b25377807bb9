using System.Text.Json;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Domain.Units;
using FriendlyGov.Frameworks.Json;

namespace FriendlyGov.Frameworks;

/// <summary>
/// Writes scorecards and their ranking as the JSON object that <c>friendlygov score --format json</c>
/// prints: <c>{ "scorecards": [ … ], "ranking": [ … ] }</c>.
/// </summary>
/// <remarks>The output is deterministic: the same scorecards give the same bytes.</remarks>
public static class ScorecardWriter
{
    /// <summary>The scorecards, and their ranking where given, as indented UTF-8 JSON.</summary>
    /// <param name="scorecards">The scorecards, in the order to print them.</param>
    /// <param name="ranking">Their ranking, or <see langword="null"/> to leave it out.</param>
    /// <returns>The document's bytes.</returns>
    public static byte[] Write(IEnumerable<Scorecard> scorecards, Ranking? ranking)
    {
        Guard.Against.Null(scorecards);
        return JsonOutput.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("scorecards");
            foreach (var card in scorecards) WriteScorecard(w, card);
            w.WriteEndArray();
            if (ranking is not null)
            {
                w.WriteStartArray("ranking");
                foreach (var entry in ranking.Entries)
                {
                    w.WriteStartObject();
                    w.WriteNumber("rank", entry.Rank);
                    w.WriteStartObject("unit");
                    w.WriteString("code", entry.Scorecard.Unit.Code);
                    w.WriteString("name", entry.Scorecard.Unit.Name);
                    w.WriteEndObject();
                    w.Number("total", entry.Scorecard.Total);
                    w.WriteString("rating", entry.Scorecard.Rating.Code);
                    w.WriteEndObject();
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        });
    }

    private static void WriteScorecard(Utf8JsonWriter w, Scorecard card)
    {
        w.WriteStartObject();
        w.WriteStartObject("unit");
        w.WriteString("code", card.Unit.Code);
        w.WriteString("name", card.Unit.Name);
        w.WriteString("kind", card.Unit.Kind.ToCode());
        w.WriteEndObject();
        w.WriteString("framework", card.Framework.Id.ToString());
        w.WriteString("period", card.Period.ToString());
        w.Number("total", card.Total);
        w.WriteString("rating", card.Rating.Code);
        w.WriteStartObject("groups");
        foreach (var group in card.Groups) w.Number(group.Group.Id, group.Points);
        w.WriteEndObject();
        w.WriteStartObject("criteria");
        foreach (var criterion in card.Criteria) w.Number(criterion.Criterion.Id, criterion.Points);
        w.WriteEndObject();
        w.WriteStartObject("indicators");
        foreach (var indicator in card.Indicators) w.Number(indicator.Indicator.Id, indicator.Points);
        w.WriteEndObject();
        w.Number("bonus", card.Bonus);
        w.WriteStartArray("caps");
        foreach (var cap in card.Caps) w.WriteStringValue(cap.Cap.Id);
        w.WriteEndArray();
        w.WriteStartArray("missing");
        foreach (var id in card.Missing) w.WriteStringValue(id);
        w.WriteEndArray();
        w.WriteStartObject("explanations");
        foreach (var indicator in card.Indicators) w.Text(indicator.Indicator.Id, indicator.Explanation);
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
