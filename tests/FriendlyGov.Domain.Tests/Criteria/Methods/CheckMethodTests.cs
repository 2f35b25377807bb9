using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Tests.Criteria.Methods;

public sealed class CheckMethodTests
{
    private readonly CheckMethod _method = new();

    [Fact]
    public void Scores_the_maximum_when_met()
    {
        var result = _method.Score(new IndicatorEvidence { Met = true }, 3m);

        result.RawPoints.Should().Be(3m);
        result.Working.En.Should().Be("met: 3");
        result.Working.Vi.Should().Be("đạt: 3");
    }

    [Fact]
    public void Scores_zero_when_not_met()
    {
        var result = _method.Score(new IndicatorEvidence { Met = false }, 3m);

        result.RawPoints.Should().Be(0m);
        result.Working.En.Should().Be("not met: 0");
    }

    [Fact]
    public void Requires_met()
    {
        _method.CheckEvidence(new IndicatorEvidence(), 3m)
            .Should().Equal(new Problem("", "'met' is required by method 'check'"));
    }

    [Fact]
    public void Rejects_a_field_it_does_not_read()
    {
        _method.CheckEvidence(new IndicatorEvidence { Met = true, Value = 1m }, 3m)
            .Should().Equal(new Problem("value", "'value' is not used by method 'check'; it reads 'met'"));
    }

    [Fact]
    public void Accepts_a_note_beside_its_own_field()
    {
        _method.CheckEvidence(new IndicatorEvidence { Met = false, Note = "the hotline was closed in May" }, 3m)
            .Should().BeEmpty();
    }

    [Fact]
    public void Describes_itself_in_both_languages()
    {
        _method.Describe().Should().Be(new LocalizedText("đạt/không đạt", "met or not"));
        _method.Kind.Should().Be("check");
    }
}
