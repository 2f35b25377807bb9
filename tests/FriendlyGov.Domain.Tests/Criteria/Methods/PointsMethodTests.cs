using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;
using static FriendlyGov.Domain.Tests.Numbers;

namespace FriendlyGov.Domain.Tests.Criteria.Methods;

public sealed class PointsMethodTests
{
    private const string NoteRequired = "a note is required by method 'points': say why these points were awarded";

    // On an indicator worth 5 points.
    private readonly PointsMethod _method = new();

    [Fact]
    public void Scores_the_points_awarded_with_the_note_that_explains_them()
    {
        var result = _method.Score(new IndicatorEvidence { Points = 3.5m, Note = "hotline answered within a day" }, 5m);

        result.RawPoints.Should().Be(3.5m);
        result.Working.En.Should().Be("awarded 3.5: “hotline answered within a day”");
        result.Working.Vi.Should().Be("chấm 3,5 điểm: “hotline answered within a day”");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("5")]
    public void Accepts_points_from_zero_to_the_maximum(string points)
    {
        _method.CheckEvidence(new IndicatorEvidence { Points = D(points), Note = "why" }, 5m).Should().BeEmpty();
    }

    [Theory]
    [InlineData("6", "6 is outside [0, 5]")]
    [InlineData("5.01", "5.01 is outside [0, 5]")]
    [InlineData("-1", "-1 is outside [0, 5]")]
    public void Rejects_points_outside_zero_to_the_maximum(string points, string message)
    {
        _method.CheckEvidence(new IndicatorEvidence { Points = D(points), Note = "why" }, 5m)
            .Should().Equal(new Problem("points", message));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Requires_a_note(string? note)
    {
        _method.CheckEvidence(new IndicatorEvidence { Points = 2m, Note = note }, 5m)
            .Should().Equal(new Problem("note", NoteRequired));
    }

    [Fact]
    public void Requires_points_and_a_note_together()
    {
        _method.CheckEvidence(new IndicatorEvidence(), 5m).Should().Equal(
            new Problem("", "'points' is required by method 'points'"),
            new Problem("note", NoteRequired));
    }

    [Fact]
    public void Describes_itself()
    {
        _method.Describe().Should().Be(new LocalizedText("chấm điểm trực tiếp", "points awarded directly"));
    }
}
