using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Tests.Evidence;

public sealed class IndicatorEvidenceTests
{
    [Fact]
    public void Lists_the_fields_it_gives_in_a_fixed_order()
    {
        var evidence = new IndicatorEvidence { Note = "n", Points = 1m, Value = 0.5m, Met = true };

        evidence.GivenFields().Should().Equal("met", "value", "points", "note");
        new IndicatorEvidence().GivenFields().Should().BeEmpty();
    }

    [Fact]
    public void Normalizes_its_note_to_nfc()
    {
        // "Hòa" typed decomposed: o + grave
        new IndicatorEvidence { Note = "Ho\u0300a" }.Note.Should().Be("H\u00f2a");
    }

    [Fact]
    public void Equals_evidence_with_the_same_items_in_another_list()
    {
        var first = new IndicatorEvidence { Items = ["a", "b"], Responses = [4m, 5m] };
        var second = new IndicatorEvidence { Items = new List<string> { "a", "b" }, Responses = new List<decimal> { 4m, 5m } };

        first.Should().Be(second);
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Differs_from_evidence_with_items_in_another_order()
    {
        new IndicatorEvidence { Items = ["a", "b"] }.Should().NotBe(new IndicatorEvidence { Items = ["b", "a"] });
    }
}
