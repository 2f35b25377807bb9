using FriendlyGov.Domain.Criteria.Methods;
using FriendlyGov.Domain.Evidence;

namespace FriendlyGov.Domain.Tests;

public sealed class ExplanationWriterTests
{
    [Fact]
    public void A_figure_is_written_once_for_both_languages_with_each_ones_decimal_point()
    {
        // 2.50 drops its trailing zero (2.5); −0.125 keeps its sign; 3 stays whole.
        var text = ExplanationWriter.Rent().Figure(2.50m).Same(" ").Figure(-0.125m).Same(" ").Figure(3m).Finish();

        text.Should().Be(new LocalizedText("2,5 -0,125 3", "2.5 -0.125 3"));
    }

    [Fact]
    public void An_approximate_figure_keeps_six_decimals_and_marks_the_cut()
    {
        // 10/3 = 3.3333333…, cut toward zero after six decimals; 0.25 needs no cut.
        var text = ExplanationWriter.Rent().Approximate(10m / 3m).Same(" ").Approximate(0.25m).Finish();

        text.Should().Be(new LocalizedText("3,333333… 0,25", "3.333333… 0.25"));
    }

    [Fact]
    public void An_outcome_and_a_signed_difference_read_as_each_language_writes_them()
    {
        var text = ExplanationWriter.Rent().Outcome(4.5m, 5m).Same(" ").Signed(1.25m).Same(" ").Signed(-1.25m).Finish();

        text.Should().Be(new LocalizedText(" → 4,5/5 điểm. +1,25 -1,25", " → 4.5 of 5 points. +1.25 -1.25"));
    }

    [Fact]
    public void A_writer_is_empty_again_after_it_is_finished()
    {
        ExplanationWriter.Rent().Words("một", "one").Finish();

        ExplanationWriter.Rent().Words("hai", "two").Finish().Should().Be(new LocalizedText("hai", "two"));
    }

    [Fact]
    public void A_methods_working_reads_the_same_alone_as_written_into_an_explanation()
    {
        // Ratio 0.5 between floor 0.3 and target 0.8 on 5 points: 5 × (0.5 − 0.3) / (0.8 − 0.3) = 2.
        var result = new RatioMethod(0.3m, 0.8m).Score(new IndicatorEvidence { Value = 0.5m }, 5m);
        var writer = ExplanationWriter.Rent().Same("[");
        result.WriteWorking(writer);
        var inSentence = writer.Same("]").Finish();

        result.Working.Should().Be(new LocalizedText("tỷ lệ 0,5: 5 × (0,5 − 0,3) / (0,8 − 0,3) = 2", "ratio 0.5: 5 × (0.5 − 0.3) / (0.8 − 0.3) = 2"));
        inSentence.Should().Be(new LocalizedText($"[{result.Working.Vi}]", $"[{result.Working.En}]"));
    }

    [Fact]
    public void A_working_an_apps_own_method_writes_reads_the_same_alone_and_in_an_explanation()
    {
        // An app's method gives its working as a function (the public constructor); the engine
        // writes it into the indicator's sentence as it is.
        var result = new MethodResult(2m, () => new LocalizedText("hai mục đạt: 2", "two items met: 2"));
        var writer = ExplanationWriter.Rent().Same("[");
        result.WriteWorking(writer);
        var inSentence = writer.Same("]").Finish();

        inSentence.Should().Be(new LocalizedText("[hai mục đạt: 2]", "[two items met: 2]"));
        result.Working.Should().Be(new LocalizedText("hai mục đạt: 2", "two items met: 2"));
        result.RawPoints.Should().Be(2m);
    }
}
