using FriendlyGov.Domain.Feedback;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Feedback;

public sealed class CitizenFeedbackTests
{
    private static readonly FeedbackScores AllFives = new(5, 5, 5, 5, 5, 5);
    private static readonly Instant Noon = Instant.FromUtc(2024, 5, 2, 5, 0);

    [Fact]
    public void Keeps_only_the_redacted_comment()
    {
        var feedback = CitizenFeedback.Record("25996", new LocalDate(2024, 5, 2), FeedbackChannel.Kiosk, AllFives, "  Cảm ơn chị, gọi lại 0912345678  ", Noon, out var redaction);

        feedback.Comment.Should().Be("Cảm ơn chị, gọi lại [số điện thoại]");
        redaction.Should().Be(new RedactedText("Cảm ơn chị, gọi lại [số điện thoại]", 1, 0, 0));
        feedback.ToString().Should().Be("feedback for unit 25996 on 2024-05-02 via kiosk");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_comment_is_no_comment(string? comment)
    {
        var feedback = CitizenFeedback.Record("25996", new LocalDate(2024, 5, 2), FeedbackChannel.Paper, AllFives, comment, Noon, out var redaction);

        feedback.Comment.Should().BeNull();
        redaction.Should().BeNull();
    }

    [Fact]
    public void A_comment_too_long_is_refused_without_quoting_it()
    {
        var comment = "0912345678 " + new string('x', CitizenFeedback.MaxCommentLength);

        var record = () => CitizenFeedback.Record("25996", new LocalDate(2024, 5, 2), FeedbackChannel.Paper, AllFives, comment, Noon, out _);

        record.Should().Throw<ArgumentException>().Which.Message.Should().Contain("2011 characters").And.NotContain("0912345678");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_score_outside_one_to_five_cannot_be_made(int score)
    {
        var make = () => new FeedbackScores(5, 5, score, 5, 5, 5);

        make.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("official");
    }

    [Fact]
    public void Scores_are_read_by_aspect()
    {
        var scores = new FeedbackScores(1, 2, 3, 4, 5, 4);

        Enum.GetValues<FeedbackAspect>().Select(a => scores[a]).Should().Equal(1, 2, 3, 4, 5, 4);
        Enum.GetValues<FeedbackAspect>().Select(a => a.ToCode()).Should().Equal("access", "procedure", "official", "result", "feedback-handling", "office-smile");
        Enum.GetValues<FeedbackChannel>().Select(c => c.ToCode()).Should().Equal("qr", "kiosk", "portal", "paper");
    }
}
