using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using static FriendlyGov.Domain.Tests.Invalid;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests.Criteria.Methods;

public sealed class ScaleMethodTests
{
    // A Likert scale from 1 to 5, on an indicator worth 10 points.
    private readonly ScaleMethod _method = new(1m, 5m);

    private static IndicatorEvidence Responses(params int[] responses) =>
        new() { Responses = [.. responses.Select(r => (decimal)r)] };

    private static IndicatorEvidence Average(string average, string count) =>
        new() { Average = D(average), Count = D(count) };

    [Theory]
    [InlineData("5", "1", "low 5 must be below high 1")]
    [InlineData("3", "3", "low 3 must be below high 3")]
    public void Rejects_a_low_end_at_or_above_the_high_end(string low, string high, string message)
    {
        ProblemsOf(() => new ScaleMethod(D(low), D(high))).Should().Equal(new Problem("low", message));
    }

    [Theory]
    [InlineData("1.5", "5", "low", "1.5 is not a whole number")]
    [InlineData("1", "4.5", "high", "4.5 is not a whole number")]
    public void Rejects_ends_that_are_not_whole_numbers(string low, string high, string path, string message)
    {
        ProblemsOf(() => new ScaleMethod(D(low), D(high))).Should().Equal(new Problem(path, message));
    }

    [Theory]
    [InlineData(new[] { 1, 1 }, "0")] // 10 × (2 − 1 × 2) / ((5 − 1) × 2) = 0
    [InlineData(new[] { 3 }, "5")] // 10 × (3 − 1) / (5 − 1) = 5
    [InlineData(new[] { 2, 4, 3, 5 }, "6.25")] // sum 14: 10 × (14 − 4) / (4 × 4) = 100 / 16 = 6.25
    [InlineData(new[] { 5, 5 }, "10")] // 10 × (10 − 2) / (4 × 2) = 10
    public void Scores_the_average_response_from_low_to_high(int[] responses, string points)
    {
        _method.Score(Responses(responses), 10m).RawPoints.Should().Be(D(points));
    }

    [Fact]
    public void Scores_a_repeating_average_with_a_single_division()
    {
        // average 13/3 = 4.333…: 10 × (13 − 1 × 3) / ((5 − 1) × 3) = 100 / 12 = 8.333…
        var result = _method.Score(Responses(4, 4, 5), 10m);

        result.RawPoints.Should().BeApproximately(8.333333333m, 0.000000001m);
        result.Working.En.Should().Be("average 4.333333… of 3 responses: 10 × (4.333333… − 1) / (5 − 1) = 8.333333…");
        result.Working.Vi.Should().Be("trung bình 4,333333… của 3 phiếu: 10 × (4,333333… − 1) / (5 − 1) = 8,333333…");
    }

    [Fact]
    public void Computes_responses_with_a_single_division()
    {
        var method = new ScaleMethod(1m, 2m);

        // 3 × (4 − 1 × 3) / ((2 − 1) × 3) = 3 / 3 = 1 exactly; via the average 4/3 = 1.333…3 it would be 0.999…9
        method.Score(Responses(1, 1, 2), 3m).RawPoints.Should().Be(1m);
    }

    [Theory]
    [InlineData("1", "120", "0")] // 10 × (1 − 1) / 4 = 0
    [InlineData("4", "120", "7.5")] // 10 × (4 − 1) / 4 = 7.5
    [InlineData("4.2", "35", "8")] // 10 × (4.2 − 1) / 4 = 8
    [InlineData("5", "1", "10")] // 10 × (5 − 1) / 4 = 10
    public void Scores_an_average_given_with_its_count(string average, string count, string points)
    {
        _method.Score(Average(average, count), 10m).RawPoints.Should().Be(D(points));
    }

    [Fact]
    public void Shows_the_average_and_its_count()
    {
        var working = _method.Score(Average("4", "120"), 10m).Working;

        working.En.Should().Be("average 4 of 120 responses: 10 × (4 − 1) / (5 − 1) = 7.5");
        working.Vi.Should().Be("trung bình 4 của 120 phiếu: 10 × (4 − 1) / (5 − 1) = 7,5");
    }

    [Fact]
    public void Requires_responses_or_an_average_with_its_count()
    {
        const string Required = "'responses', or 'average' and 'count', are required by method 'scale'";

        _method.CheckEvidence(new IndicatorEvidence(), 10m).Should().Equal(new Problem("", Required));
        _method.CheckEvidence(new IndicatorEvidence { Average = 4m }, 10m).Should().Equal(new Problem("", Required));
        _method.CheckEvidence(new IndicatorEvidence { Count = 12m }, 10m).Should().Equal(new Problem("", Required));
    }

    [Fact]
    public void Requires_at_least_one_response()
    {
        _method.CheckEvidence(Responses(), 10m).Should().Equal(new Problem("responses", "at least one response is required"));
    }

    [Fact]
    public void Rejects_each_response_outside_the_scale_or_not_whole()
    {
        var evidence = new IndicatorEvidence { Responses = [3m, 6m, 0m, 2.5m] };

        _method.CheckEvidence(evidence, 10m).Should().Equal(
            new Problem("responses[1]", "6 is outside [1, 5]"),
            new Problem("responses[2]", "0 is outside [1, 5]"),
            new Problem("responses[3]", "2.5 is not a whole number"));
    }

    [Fact]
    public void Accepts_responses_at_both_ends_of_the_scale()
    {
        _method.CheckEvidence(Responses(1, 5), 10m).Should().BeEmpty();
    }

    [Fact]
    public void Rejects_both_responses_and_an_average()
    {
        _method.CheckEvidence(new IndicatorEvidence { Responses = [3m], Average = 3m, Count = 1m }, 10m)
            .Should().Equal(new Problem("", "give either 'responses' or 'average' and 'count', not both"));
    }

    [Theory]
    [InlineData("5.5", "10", "average", "5.5 is outside [1, 5]")]
    [InlineData("0.9", "10", "average", "0.9 is outside [1, 5]")]
    [InlineData("3", "0", "count", "0 is not a whole number ≥ 1")]
    [InlineData("3", "2.5", "count", "2.5 is not a whole number ≥ 1")]
    public void Rejects_an_average_off_the_scale_or_a_count_that_is_not_a_whole_number_of_at_least_one(
        string average, string count, string path, string message)
    {
        _method.CheckEvidence(Average(average, count), 10m).Should().Equal(new Problem(path, message));
    }

    [Fact]
    public void Describes_its_scale()
    {
        _method.Describe().Should().Be(new LocalizedText("thang đo 1–5", "scale 1–5"));
    }
}
