using FriendlyGov.Domain.Feedback;
using FriendlyGov.Domain.Periods;
using NodaTime;

namespace FriendlyGov.Domain.Tests.Feedback;

public sealed class FeedbackSummaryTests
{
    private static readonly Instant At = Instant.FromUtc(2024, 6, 1, 0, 0);

    private static CitizenFeedback Rating(string unit, LocalDate on, FeedbackChannel channel, FeedbackScores scores) =>
        CitizenFeedback.Record(unit, on, channel, scores, null, At, out _);

    /// <summary>
    /// Three ratings of 25996 in 2024-Q2 (access, procedure, official, result, handling, smile):
    /// kiosk (5, 4, 3, 2, 1, 5), qr (4, 4, 5, 3, 2, 5), kiosk (2, 3, 4, 5, 1, 4). Ignored: one of
    /// 25996 on 31 March (Q1) and one of 26089 in Q2.
    /// </summary>
    private static List<CitizenFeedback> Ratings() =>
    [
        Rating("25996", new LocalDate(2024, 4, 1), FeedbackChannel.Kiosk, new FeedbackScores(5, 4, 3, 2, 1, 5)),
        Rating("25996", new LocalDate(2024, 5, 15), FeedbackChannel.QrCode, new FeedbackScores(4, 4, 5, 3, 2, 5)),
        Rating("25996", new LocalDate(2024, 6, 30), FeedbackChannel.Kiosk, new FeedbackScores(2, 3, 4, 5, 1, 4)),
        Rating("25996", new LocalDate(2024, 3, 31), FeedbackChannel.Paper, new FeedbackScores(1, 1, 1, 1, 1, 1)),
        Rating("26089", new LocalDate(2024, 5, 1), FeedbackChannel.OnlinePortal, new FeedbackScores(1, 1, 1, 1, 1, 1)),
    ];

    /// <summary>
    /// Worked by hand over the three Q2 ratings:
    /// access 5+4+2 = 11, 11/3 = 3.666… → 3.67; satisfied (4 or 5) 2 of 3 → 0.6667.
    /// procedure 4+4+3 = 11 → 3.67; satisfied 2 → 0.6667.
    /// official 3+5+4 = 12 → 4; satisfied 2 → 0.6667.
    /// result 2+3+5 = 10, 10/3 = 3.333… → 3.33; satisfied 1 → 0.3333.
    /// feedback handling 1+2+1 = 4, 4/3 = 1.333… → 1.33; satisfied 0 → 0.
    /// office smile 5+5+4 = 14, 14/3 = 4.666… → 4.67; satisfied 3 → 1.
    /// </summary>
    [Fact]
    public void Averages_and_satisfied_shares_per_aspect_count_only_the_unit_and_period()
    {
        var summary = FeedbackSummary.Summarize(Ratings(), "25996", AssessmentPeriod.Parse("2024-Q2"));

        summary.Count.Should().Be(3);
        summary.Aspects.Should().Equal(
            new AspectSummary(FeedbackAspect.Access, 11, 2, 3.67m, 0.6667m),
            new AspectSummary(FeedbackAspect.Procedure, 11, 2, 3.67m, 0.6667m),
            new AspectSummary(FeedbackAspect.Official, 12, 2, 4m, 0.6667m),
            new AspectSummary(FeedbackAspect.Result, 10, 1, 3.33m, 0.3333m),
            new AspectSummary(FeedbackAspect.FeedbackHandling, 4, 0, 1.33m, 0m),
            new AspectSummary(FeedbackAspect.OfficeSmile, 14, 3, 4.67m, 1m));
        summary.Channels.Should().Equal(
            new ChannelCount(FeedbackChannel.QrCode, 1),
            new ChannelCount(FeedbackChannel.Kiosk, 2),
            new ChannelCount(FeedbackChannel.OnlinePortal, 0),
            new ChannelCount(FeedbackChannel.Paper, 0));
        summary.Of(FeedbackAspect.Official).Average.Should().Be(4m);
    }

    [Fact]
    public void A_half_rounds_away_from_zero()
    {
        // Access over 8 ratings: 5, 5, 5, 4, 4, 4, 4, 2 = 33; 33/8 = 4.125 → 4.13 (half away from zero).
        var scores = new[] { 5, 5, 5, 4, 4, 4, 4, 2 };
        var ratings = scores.Select((s, i) => Rating("25996", new LocalDate(2024, 1, 1 + i), FeedbackChannel.OnlinePortal, new FeedbackScores(s, 3, 3, 3, 3, 3)));

        var access = FeedbackSummary.Summarize(ratings, "25996", AssessmentPeriod.OfYear(2024)).Of(FeedbackAspect.Access);

        access.Should().Be(new AspectSummary(FeedbackAspect.Access, 33, 7, 4.13m, 0.875m), "7 of 8 gave 4 or 5: 0.875");
    }

    [Fact]
    public void No_rating_gives_zero_counts_and_no_averages()
    {
        var summary = FeedbackSummary.Summarize(Ratings(), "25996", AssessmentPeriod.Parse("2024-H2"));

        summary.Count.Should().Be(0);
        summary.Aspects.Should().OnlyContain(a => a.Sum == 0 && a.Satisfied == 0 && a.Average == null && a.SatisfiedShare == null);
        summary.Channels.Select(c => c.Count).Should().Equal(0, 0, 0, 0);
    }
}
