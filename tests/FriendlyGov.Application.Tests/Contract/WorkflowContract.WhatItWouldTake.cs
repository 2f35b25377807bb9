using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Scorecards.GetWhatItWouldTake;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    /// <summary>
    /// Phường Thống Nhất: full marks (100) with 3 recognized initiatives (B1 = 5), except eight
    /// indicators, each short of its maximum:
    /// G1.2.1 online filing 55%: 5 × (0.55 − 0.3) / (0.8 − 0.3) = 2.5, open 2.5;
    /// G2.1.1 without the computers and wifi: 8 − 2.5 = 5.5, open 2.5;
    /// G3.2.1 6 “Morning with the People” sessions: band 6 → 2.5, open 2.5;
    /// G3.2.2 72.5% answered on time: 5 × (0.725 − 0.5) / (0.95 − 0.5) = 2.5, open 2.5;
    /// G3.3.1 one complaint found right: 5 − 2 = 3, open 2;
    /// G4.1.1 70% chaired by the head: 5 × (0.7 − 0.5) / (0.9 − 0.5) = 2.5, open 2.5;
    /// G4.1.2 24 reception days: band 24 → 2.5, open 2.5;
    /// G5.1.1 survey average 4: 8 × (4 − 1) / (5 − 1) = 6, open 2.
    /// Open: 6 × 2.5 + 2 × 2 = 19, so 105 − 19 = 86: good, 4 below excellent (90). No group falls
    /// below half (G1 17.5/20, G2 12.5/15, G3 18/25, G4 10/15, G5 23/25), no breach: no cap.
    /// Most open first, ties by id: the six 2.5s, then G3.3.1 and G5.1.1. The smallest set that
    /// closes 4: G1.2.1 (2.5), then G2.1.1 (2.5 + 2.5 = 5 ≥ 4).
    /// </summary>
    [Fact]
    public async Task What_it_would_take_for_a_unit_just_below_excellent()
    {
        var roundId = await OpenRound([DongNai.ThongNhat]);
        await RecordSelf(roundId, DongNai.ThongNhat, FullMarks.Except(new Dictionary<string, IndicatorEvidence>
        {
            ["G1.2.1"] = new() { Value = 0.55m },
            ["G2.1.1"] = new() { Items = ["waiting", "kiosk", "access"] },
            ["G3.2.1"] = new() { Value = 6m },
            ["G3.2.2"] = new() { Value = 0.725m },
            ["G3.3.1"] = new() { Count = 1m },
            ["G4.1.1"] = new() { Value = 0.7m },
            ["G4.1.2"] = new() { Value = 24m },
            ["G5.1.1"] = new() { Average = 4m, Count = 150m },
            ["B1"] = new() { Value = 3m },
        }));

        var take = await SendAs(Actors.OfficerOf(DongNai.ThongNhat), new GetWhatItWouldTake(roundId, DongNai.ThongNhat));

        take.Total.Should().Be(86m);
        take.Rating.Should().Be("good");
        take.NextRating.Should().Be("excellent");
        take.NextRatingMinPoints.Should().Be(90m);
        take.Gap.Should().Be(4m);
        take.MostOpen.Should().Equal(
            new OpenPoints("G1.2.1", 2.5m, 5m, 2.5m),
            new OpenPoints("G2.1.1", 5.5m, 8m, 2.5m),
            new OpenPoints("G3.2.1", 2.5m, 5m, 2.5m),
            new OpenPoints("G3.2.2", 2.5m, 5m, 2.5m),
            new OpenPoints("G4.1.1", 2.5m, 5m, 2.5m),
            new OpenPoints("G4.1.2", 2.5m, 5m, 2.5m),
            new OpenPoints("G3.3.1", 3m, 5m, 2m),
            new OpenPoints("G5.1.1", 6m, 8m, 2m));
        take.SmallestSet.Should().Equal("G1.2.1", "G2.1.1");
        take.CapsStillHolding.Should().BeEmpty();
    }

    /// <summary>
    /// Phường Quyết Thắng: full marks but no evidence for G1.2.2 (5), G3.1.1 (8), G5.1.1 (8) and
    /// G5.2.1 (4), and the head's confirmed 5K.1 (serious, weight 3) takes G4.2.2 to 0 (3 open):
    /// 100 − 5 − 8 − 8 − 4 − 3 = 72, satisfactory. Groups: G1 15/20, G2 15/15, G3 17/25, G4 12/15,
    /// G5 13/25, none below half. Cap C3 (a head's 5K breach, at most satisfactory) holds but does
    /// not lower a satisfactory rating; it stands in the way of good (75), 3 away, whatever the
    /// evidence. Most open: G3.1.1 8, G5.1.1 8, B1 5, G1.2.2 5, G5.2.1 4; G3.1.1 alone closes 3.
    /// G4.2.2's 3 open points are not listed: evidence cannot win back what a confirmed breach cost.
    /// </summary>
    [Fact]
    public async Task What_it_would_take_names_a_conduct_cap_that_would_still_hold()
    {
        var roundId = await OpenRound([DongNai.QuyetThang]);
        await RegisterOfficial("CB-005", DongNai.QuyetThang, OfficialRole.Head);
        await RecordSelf(roundId, DongNai.QuyetThang, FullMarks.Except(null, "G1.2.2", "G3.1.1", "G5.1.1", "G5.2.1"));
        var observation = await Observe("CB-005", "5K.1", new LocalDate(2024, 9, 17), "TTr-2024-031");
        await SendAs(Actors.Appraiser, new ConfirmObservation(Guid.NewGuid(), observation.ObservationId, "Thanh tra xác minh đúng"));

        var take = await SendAs(Actors.Appraiser, new GetWhatItWouldTake(roundId, DongNai.QuyetThang));

        take.Should().BeEquivalentTo(new
        {
            Total = 72m,
            Rating = "satisfactory",
            NextRating = "good",
            NextRatingMinPoints = 75m,
            Gap = 3m,
            SmallestSet = new[] { "G3.1.1" },
            CapsStillHolding = new[] { "C3" },
        });
        take.MostOpen.Select(o => (o.IndicatorId, o.Open)).Should().Equal(
            ("G3.1.1", 8m), ("G5.1.1", 8m), ("B1", 5m), ("G1.2.2", 5m), ("G5.2.1", 4m));
    }
}
