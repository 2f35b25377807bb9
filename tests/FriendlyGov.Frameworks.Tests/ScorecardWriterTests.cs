using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FriendlyGov.Domain.Scoring;
using FriendlyGov.Frameworks.Tests.Support;

namespace FriendlyGov.Frameworks.Tests;

/// <summary>
/// <see cref="ScorecardWriter"/>: the JSON of <c>friendlygov score --format json</c> has exactly the
/// contract's fields, writes figures without trailing zeros, and is the same bytes every time.
/// </summary>
public sealed partial class ScorecardWriterTests
{
    private static readonly string[] Samples =
    [
        "25996-phuong-tan-phong.json", "26089-xa-binh-loc.json", "26116-thi-tran-tan-phu.json",
        "26131-xa-ta-lai.json", "26503-xa-phuoc-an.json",
    ];

    [Fact]
    public void The_same_scorecards_give_the_same_bytes()
    {
        var first = WriteSamples(new FrameworkLoader());
        var second = WriteSamples(new FrameworkLoader());

        second.Should().Equal(first);
    }

    [Fact]
    public void The_document_has_exactly_the_fields_of_the_contract()
    {
        using var json = JsonDocument.Parse(WriteSamples(new FrameworkLoader()));
        var root = json.RootElement;

        Names(root).Should().Equal("scorecards", "ranking");
        root.GetProperty("scorecards").GetArrayLength().Should().Be(5);
        foreach (var card in root.GetProperty("scorecards").EnumerateArray())
        {
            Names(card).Should().Equal("unit", "framework", "period", "total", "rating", "groups", "criteria", "indicators", "bonus", "caps", "missing", "explanations");
            Names(card.GetProperty("unit")).Should().Equal("code", "name", "kind");
            card.GetProperty("framework").GetString().Should().Be("dongnai-friendly-government@2024.1");
            card.GetProperty("period").GetString().Should().Be("2024");
            card.GetProperty("total").ValueKind.Should().Be(JsonValueKind.Number);
            card.GetProperty("rating").ValueKind.Should().Be(JsonValueKind.String);
            card.GetProperty("bonus").ValueKind.Should().Be(JsonValueKind.Number);
            card.GetProperty("caps").ValueKind.Should().Be(JsonValueKind.Array);
            card.GetProperty("missing").ValueKind.Should().Be(JsonValueKind.Array);
            // 5 groups; 12 criteria (G1.1, G1.2, G2.1, G2.2, G3.1–G3.3, G4.1, G4.2, G5.1–G5.3);
            // 22 group indicators (4 + 4 + 5 + 4 + 5) and the bonus indicator B1.
            Names(card.GetProperty("groups")).Should().Equal("G1", "G2", "G3", "G4", "G5");
            Names(card.GetProperty("criteria")).Should().Equal("G1.1", "G1.2", "G2.1", "G2.2", "G3.1", "G3.2", "G3.3", "G4.1", "G4.2", "G5.1", "G5.2", "G5.3");
            Names(card.GetProperty("indicators")).Should().HaveCount(23).And.EndWith("B1");
            Names(card.GetProperty("explanations")).Should().Equal(Names(card.GetProperty("indicators")));
            foreach (var explanation in card.GetProperty("explanations").EnumerateObject())
            {
                Names(explanation.Value).Should().Equal("vi", "en");
                explanation.Value.GetProperty("vi").GetString().Should().NotBeNullOrWhiteSpace();
                explanation.Value.GetProperty("en").GetString().Should().NotBeNullOrWhiteSpace();
            }
        }

        root.GetProperty("ranking").GetArrayLength().Should().Be(5);
        foreach (var entry in root.GetProperty("ranking").EnumerateArray())
        {
            Names(entry).Should().Equal("rank", "unit", "total", "rating");
            Names(entry.GetProperty("unit")).Should().Equal("code", "name");
        }
    }

    [Fact]
    public void A_scorecard_reads_as_worked_out_by_hand()
    {
        // Phường Tân Phong on the 2024 framework (max and method per indicator in the framework file):
        // G1: checklist all 5 + check 5 + G1.2.1 3412/4105 = 0.83 ≥ target 0.8 → 5 + import 91.4 → 5 × 91.4 / 100 = 4.57 = 19.57
        // G2: checklist all 8 + 2 + 3 + 2 = 15
        // G3: G3.1.1 4087/4105 → 8 × (4087 − 0.8 × 4105) / (0.2 × 4105) = 8 × 803 / 821 = 7.8246… → 7.82;
        //     + 2 + bands 12 → 4 + 186/192 = 0.96875 ≥ 0.95 → 5 + deduction 0 → 5 = 23.82
        // G4: 11/12 = 0.916… ≥ 0.9 → 5 + bands 50 ≥ 48 → 5 + points 1.5 + conduct G4.2.2 3
        //     (its two observations are reported and dismissed, not confirmed, so nothing is deducted) = 14.5
        // G5: average 4.62 → 8 × 3.62 / 4 = 7.24; average 4.48 → 5 × 3.48 / 4 = 4.35;
        //     21/22 → 4 × (21 − 11) / 11 = 40/11 = 3.6363… → 3.64; + conduct G5.3.1 5 (no confirmed breach) + 3 = 23.23
        // groups 19.57 + 15 + 23.82 + 14.5 + 23.23 = 96.12; B1 2 initiatives → 3.5; total 99.62 → excellent (≥ 90);
        // no group below half of its maximum and no confirmed breach, so no cap; every indicator has
        // evidence except the conduct ones, which take none and are not missing.
        using var json = JsonDocument.Parse(WriteSamples(new FrameworkLoader()));
        var card = json.RootElement.GetProperty("scorecards")[0];

        card.GetProperty("unit").GetProperty("code").GetString().Should().Be("25996");
        card.GetProperty("unit").GetProperty("name").GetString().Should().Be("Phường Tân Phong");
        card.GetProperty("unit").GetProperty("kind").GetString().Should().Be("phuong");
        card.GetProperty("total").GetDecimal().Should().Be(99.62m);
        card.GetProperty("rating").GetString().Should().Be("excellent");
        card.GetProperty("bonus").GetDecimal().Should().Be(3.5m);
        Figures(card.GetProperty("groups")).Should().Equal(19.57m, 15m, 23.82m, 14.5m, 23.23m);
        card.GetProperty("indicators").GetProperty("G3.1.1").GetDecimal().Should().Be(7.82m);
        card.GetProperty("indicators").GetProperty("G5.2.1").GetDecimal().Should().Be(3.64m);
        card.GetProperty("caps").GetArrayLength().Should().Be(0);
        card.GetProperty("missing").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void An_appraised_and_capped_scorecard_reads_as_worked_out_by_hand()
    {
        // Thị trấn Tân Phú, appraised figures where given:
        // G1: 5 + 5 + G1.2.1 appraised 0.58 → 5 × (0.58 − 0.3) / 0.5 = 2.8 + G1.2.2 76.5 → 3.825 → 3.83 = 16.63
        // G2: 8 + 2 + 3 + 2 = 15
        // G3: G3.1.1 appraised 1171/1203 → 8 × (1171 − 962.4) / 240.6 = 1668.8 / 240.6 = 6.9359… → 6.94; + 2;
        //     bands 12 → 4; 64/70 → 5 × (64 − 35) / 31.5 = 4.603… → 4.6; appraised count 1 → 5 − 2 = 3; = 20.54
        // G4: 10/12 → 5 × (10 − 6) / 4.8 = 4.166… → 4.17; bands 48 → 5; appraised points 0.5;
        //     G4.2.2 (head only): the head's confirmed 5K.2, serious, weight 3 → max(0, 3 − 1 × 3) = 0; = 9.67
        // G5: appraised average 4.21 → 8 × 3.21 / 4 = 6.42; 4.1 → 5 × 3.1 / 4 = 3.875 → 3.88; 0.8 → 4 × 0.3 / 0.5 = 2.4;
        //     G5.3.1: staff's confirmed 4L.2, minor, weight 1 → 5 − 1 = 4 (5K.2 is not among its rules); + 3; = 19.7
        // groups 16.63 + 15 + 20.54 + 9.67 + 19.7 = 81.54; B1 appraised 0 initiatives → 0; total 81.54 → good;
        // C3 (a confirmed 5K.* breach by the head) holds and caps good to satisfactory; C1 and C2 do not hold.
        using var json = JsonDocument.Parse(WriteSamples(new FrameworkLoader()));
        var card = json.RootElement.GetProperty("scorecards")[2];

        card.GetProperty("unit").GetProperty("code").GetString().Should().Be("26116");
        card.GetProperty("unit").GetProperty("kind").GetString().Should().Be("thi-tran");
        card.GetProperty("total").GetDecimal().Should().Be(81.54m);
        card.GetProperty("rating").GetString().Should().Be("satisfactory");
        card.GetProperty("caps").EnumerateArray().Select(c => c.GetString()).Should().Equal("C3");
        Figures(card.GetProperty("groups")).Should().Equal(16.63m, 15m, 20.54m, 9.67m, 19.7m);
        var indicators = card.GetProperty("indicators");
        indicators.GetProperty("G1.2.1").GetDecimal().Should().Be(2.8m);
        indicators.GetProperty("G3.1.1").GetDecimal().Should().Be(6.94m);
        indicators.GetProperty("G4.2.2").GetDecimal().Should().Be(0m);
        indicators.GetProperty("G5.3.1").GetDecimal().Should().Be(4m);
        card.GetProperty("bonus").GetDecimal().Should().Be(0m);
        card.GetProperty("missing").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public void Figures_are_written_without_trailing_zeros()
    {
        var bytes = WriteSamples(new FrameworkLoader());
        using var json = JsonDocument.Parse(bytes);

        var numbers = new List<string>();
        Collect(json.RootElement, numbers);

        numbers.Should().NotBeEmpty();
        numbers.Should().AllSatisfy(n => TrailingZero().IsMatch(n).Should().BeFalse("{0} has a trailing zero or an exponent", n));
        // Tân Phong's G2 is 8 (2 + 2 + 1.5 + 2.5) + 2 + 3 + 2 = 15: written 15, not 15.0 or 15.00.
        Encoding.UTF8.GetString(bytes).Should().Contain("\"G2\": 15,");
    }

    [Fact]
    public void A_single_scorecard_without_ranking_has_no_ranking_field()
    {
        var loader = new FrameworkLoader();
        var card = Score(loader, Samples[0]);

        using var json = JsonDocument.Parse(ScorecardWriter.Write([card], null));

        Names(json.RootElement).Should().Equal("scorecards");
    }

    private static byte[] WriteSamples(FrameworkLoader loader)
    {
        var cards = Samples.Select(s => Score(loader, s)).ToList();
        return ScorecardWriter.Write(cards, Ranking.Of(cards));
    }

    private static Scorecard Score(FrameworkLoader loader, string sample)
    {
        var loaded = loader.LoadEvidence(RepositoryRoot.Combine("samples", "evidence", sample));
        return loader.EngineFor(loaded.Framework).Score(loaded.Evidence);
    }

    private static List<string> Names(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Name)];

    private static List<decimal> Figures(JsonElement element) => [.. element.EnumerateObject().Select(p => p.Value.GetDecimal())];

    private static void Collect(JsonElement element, List<string> numbers)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Number:
                numbers.Add(element.GetRawText());
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject()) Collect(property.Value, numbers);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray()) Collect(item, numbers);
                break;
        }
    }

    [GeneratedRegex(@"(\.\d*0$)|[eE]")]
    private static partial Regex TrailingZero();
}
