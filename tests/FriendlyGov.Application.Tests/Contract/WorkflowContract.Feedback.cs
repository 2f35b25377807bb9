using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Feedback;
using FriendlyGov.Application.Feedback.GetFeedbackSummary;
using FriendlyGov.Application.Feedback.RecordFeedback;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Feedback;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>A comment holding a phone number, a citizen ID and an e-mail address.</summary>
    private const string CommentWithPersonalData = "Chị Lan rất nhiệt tình. Gọi tôi 0912 345 678, CCCD 079095001234, mail lan.nguyen@gmail.com. Lệ phí 1.500.000 đồng.";

    /// <summary>What <see cref="CommentWithPersonalData"/> is stored as.</summary>
    private const string RedactedComment = "Chị Lan rất nhiệt tình. Gọi tôi [số điện thoại], CCCD [số định danh], mail [email]. Lệ phí 1.500.000 đồng.";

    /// <summary>The QR page and portal of Đồng Nai, forwarding ratings for any of its units.</summary>
    private static Actor FeedbackPortal { get; } = new("feedback-portal-dong-nai", new HashSet<ActorRole> { ActorRole.FeedbackCollector }, DongNai.Province);

    private static RecordFeedback Rating(string unitCode, LocalDate on, FeedbackChannel channel, int[] scores, string? comment = null) =>
        new(Guid.NewGuid(), unitCode, on, channel, scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], comment);

    [Fact]
    public async Task A_comment_is_stored_and_audited_only_with_its_personal_data_removed()
    {
        await RegisterUnits();
        var command = Rating(DongNai.TanPhong, new LocalDate(2025, 1, 9), FeedbackChannel.QrCode, [5, 5, 5, 4, 4, 5], CommentWithPersonalData);

        var recorded = await SendAs(FeedbackPortal, command);
        var again = await SendAs(FeedbackPortal, command);

        recorded.Redacted.Should().Be(3);
        again.Should().Be(recorded, "a retried request returns the first result");
        (await StoredCount<CitizenFeedback>()).Should().Be(1);
        var stored = await Stored<CitizenFeedback>(recorded.FeedbackId);
        stored.Comment.Should().Be(RedactedComment);
        (stored.UnitCode, stored.TransactionDate, stored.Channel, stored.Scores, stored.ReceivedAt)
            .Should().Be((DongNai.TanPhong, new LocalDate(2025, 1, 9), FeedbackChannel.QrCode, new FeedbackScores(5, 5, 5, 4, 4, 5), Clock.GetCurrentInstant()));
        var audit = await StoredAudit($"feedback/{recorded.FeedbackId}");
        audit.Should().ContainSingle().Which.Summary.Should().Be(
            "recorded feedback for unit 25996 on 2025-01-09 via qr, a comment with 1 phone number(s), 1 ID number(s) and 1 e-mail address(es) removed");
        command.ToString().Should().NotContain("0912").And.NotContain("079095001234").And.NotContain("gmail").And.Contain("Comment = (withheld, 114 characters)");
    }

    [Fact]
    public async Task A_refused_rating_names_the_fields_but_never_quotes_the_comment()
    {
        await RegisterUnits();
        var tomorrow = new LocalDate(2025, 1, 11);
        var tooLong = CommentWithPersonalData + new string('!', CitizenFeedback.MaxCommentLength);

        var send = () => SendAs(FeedbackPortal, Rating(DongNai.TanPhong, tomorrow, FeedbackChannel.Kiosk, [5, 0, 5, 6, 5, 5], tooLong));

        var refusal = (await send.Should().ThrowAsync<ValidationException>()).Which;
        refusal.Problems.Select(p => p.ToString()).Should().Equal(
            "transactionDate: 2025-01-11 is after today (2025-01-10): rate a transaction that took place",
            "procedure: 0 is not a score: give a whole number from 1 to 5",
            "result: 6 is not a score: give a whole number from 1 to 5",
            "comment: has 2114 characters; at most 2000 are accepted");
        refusal.Message.Should().NotContain("0912");
        (await StoredCount<CitizenFeedback>()).Should().Be(0);
    }

    [Fact]
    public async Task Only_a_feedback_collector_of_the_units_province_or_of_the_unit_records_ratings()
    {
        await RegisterUnits();
        var kioskOfBinhLoc = new Actor("kiosk-26089", new HashSet<ActorRole> { ActorRole.FeedbackCollector }, DongNai.Province, DongNai.BinhLoc);
        var portalOfBinhDuong = new Actor("feedback-portal-binh-duong", new HashSet<ActorRole> { ActorRole.FeedbackCollector }, "Bình Dương");
        var on = new LocalDate(2025, 1, 9);

        foreach (var actor in new[] { kioskOfBinhLoc, portalOfBinhDuong, Actors.OfficerOf(DongNai.TanPhong), Actors.Administrator })
        {
            var send = () => SendAs(actor, Rating(DongNai.TanPhong, on, FeedbackChannel.Kiosk, [5, 5, 5, 5, 5, 5]));
            (await send.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(FeedbackAuthorization.CollectorInScope, actor.Id);
        }

        await SendAs(kioskOfBinhLoc, Rating(DongNai.BinhLoc, on, FeedbackChannel.Kiosk, [5, 5, 5, 5, 5, 5]));
        var unknown = () => SendAs(FeedbackPortal, Rating("99999", on, FeedbackChannel.Kiosk, [5, 5, 5, 5, 5, 5]));
        (await unknown.Should().ThrowAsync<NotFoundException>()).Which.Message.Should().Be("Unit 99999 is not registered.");
        (await StoredCount<CitizenFeedback>()).Should().Be(1);
    }

    /// <summary>
    /// 2024-Q4 for Phường Tân Phong: kiosk (5, 4, 4, 5, 3, 5), qr (3, 4, 5, 5, 2, 4), portal
    /// (4, 2, 5, 4, 4, 5), kiosk (1, 3, 2, 4, 5, 3). Not counted: 2025-01-02 (next quarter) and
    /// Xã Bình Lộc's rating.
    /// access 5+3+4+1 = 13, 13/4 = 3.25; satisfied 2 of 4 = 0.5.
    /// procedure 4+4+2+3 = 13 → 3.25; satisfied 2 → 0.5.
    /// official 4+5+5+2 = 16 → 4; satisfied 3 → 0.75.
    /// result 5+5+4+4 = 18 → 4.5; satisfied 4 → 1.
    /// feedback handling 3+2+4+5 = 14 → 3.5; satisfied 2 → 0.5.
    /// office smile 5+4+5+3 = 17 → 4.25; satisfied 3 → 0.75.
    /// </summary>
    [Fact]
    public async Task The_feedback_summary_averages_each_aspect_over_the_units_ratings_in_the_period()
    {
        await RegisterUnits();
        await SendAs(FeedbackPortal, Rating(DongNai.TanPhong, new LocalDate(2024, 10, 1), FeedbackChannel.Kiosk, [5, 4, 4, 5, 3, 5]));
        await SendAs(FeedbackPortal, Rating(DongNai.TanPhong, new LocalDate(2024, 11, 15), FeedbackChannel.QrCode, [3, 4, 5, 5, 2, 4], "Nhanh, gọn"));
        await SendAs(FeedbackPortal, Rating(DongNai.TanPhong, new LocalDate(2024, 12, 31), FeedbackChannel.OnlinePortal, [4, 2, 5, 4, 4, 5]));
        await SendAs(FeedbackPortal, Rating(DongNai.TanPhong, new LocalDate(2024, 12, 2), FeedbackChannel.Kiosk, [1, 3, 2, 4, 5, 3]));
        await SendAs(FeedbackPortal, Rating(DongNai.TanPhong, new LocalDate(2025, 1, 2), FeedbackChannel.Paper, [1, 1, 1, 1, 1, 1]));
        await SendAs(FeedbackPortal, Rating(DongNai.BinhLoc, new LocalDate(2024, 11, 1), FeedbackChannel.Paper, [1, 1, 1, 1, 1, 1]));

        var summary = await SendAs(Actors.OfficerOf(DongNai.TanPhong), new GetFeedbackSummary(DongNai.TanPhong, "2024-Q4"));

        summary.Count.Should().Be(4);
        summary.Aspects.Select(a => (a.Aspect, a.Sum, a.Satisfied, a.Average, a.SatisfiedShare)).Should().Equal(
            (FeedbackAspect.Access, 13, 2, 3.25m, 0.5m),
            (FeedbackAspect.Procedure, 13, 2, 3.25m, 0.5m),
            (FeedbackAspect.Official, 16, 3, 4m, 0.75m),
            (FeedbackAspect.Result, 18, 4, 4.5m, 1m),
            (FeedbackAspect.FeedbackHandling, 14, 2, 3.5m, 0.5m),
            (FeedbackAspect.OfficeSmile, 17, 3, 4.25m, 0.75m));
        summary.Channels.Select(c => c.Count).Should().Equal(1, 2, 1, 0);

        var other = () => SendAs(Actors.OfficerOf(DongNai.BinhLoc), new GetFeedbackSummary(DongNai.TanPhong, "2024-Q4"));
        (await other.Should().ThrowAsync<AuthorizationException>()).Which.Rule.Should().Be(Rules.ReaderInScope);
        var badPeriod = () => SendAs(Actors.Appraiser, new GetFeedbackSummary(DongNai.TanPhong, "2024-Q5"));
        (await badPeriod.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().ContainSingle()
            .Which.ToString().Should().Be("period: '2024-Q5' is not a period: write 2024, 2024-H1, 2024-Q2 or 2024-05");
    }
}
