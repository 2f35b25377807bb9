using FriendlyGov.Application.Assessments.CompleteAppraisal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Feedback.GetFeedbackSummary;
using FriendlyGov.Application.Feedback.RecordFeedback;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Evidence;
using FriendlyGov.Domain.Feedback;
using FriendlyGov.Frameworks.Units;
using NodaTime;

namespace FriendlyGov.Samples.DongNai;

/// <summary>
/// A whole 2025 round for Đồng Nai's 95 units of 1 July 2025 on
/// <c>dongnai-friendly-government@2025.1</c>, on the database that holds the 2024 round: the units
/// and their lineage come from the built-in catalogue, from Đồng Nai's and Bình Phước's units of 2024,
/// so each new unit's report can show how the units it was formed from did in 2024 (only the
/// sample's thirty Đồng Nai units have 2024 results; the others show "no results"). Names, codes
/// and lineage are real; every figure is invented.
/// </summary>
internal static class Round2025
{
    private static readonly string[] CommunicationItems = ["plan", "residential", "online"];
    private static readonly string[] OfficeItems = ["dress", "signs", "green"];

    /// <summary>The framework.</summary>
    public const string Framework = "dongnai-friendly-government@2025.1";

    /// <summary>The period.</summary>
    public const string Period = "2025";

    /// <summary>The day the units of 2025 took their form.</summary>
    public static LocalDate Reform => UnitCatalogue.ReformDate;

    /// <summary>Registers the units and their lineage, then runs the round to finalization.</summary>
    /// <param name="sender">Sends the requests.</param>
    /// <param name="clock">The sample's clock.</param>
    /// <returns>The round's id.</returns>
    public static async Task<Guid> RunAsync(SampleSender sender, SampleClock clock)
    {
        var random = new Random(2025);

        // 1. 5 January 2026: the units of 2024 that Đồng Nai's units of 2025 were formed from are
        //    registered: the rest of Đồng Nai's (the sample's thirty are registered already) and, by
        //    its administrator, Bình Phước's, which joined Đồng Nai on 1 July 2025. Then Đồng Nai's
        //    administrator registers the 95 units of 1 July 2025 and the catalogue's lineage into them
        //    from both provinces. Each reused code becomes a new unit beside the old one.
        clock.Set(2026, 1, 5, 8);
        var sampleCodes = DongNaiUnits.All.Select(u => u.Code).ToHashSet(StringComparer.Ordinal);
        foreach (var province in CatalogueRegistrations.PredecessorProvinces(DongNaiUnits.Province))
        {
            var units2024 = CatalogueRegistrations.ForProvince(Guid.NewGuid(), province, new LocalDate(2024, 6, 21));
            await sender.SendAs(SampleActor.AdministratorOf(province), units2024 with { Units = [.. units2024.Units.Where(u => !sampleCodes.Contains(u.Code))] });
        }

        var units2025 = CatalogueRegistrations.ForProvince(Guid.NewGuid(), DongNaiUnits.Province, Reform);
        await sender.SendAs(SampleActor.Administrator, units2025);
        await sender.SendAs(SampleActor.Administrator, CatalogueRegistrations.LineageIntoProvince(Guid.NewGuid(), DongNaiUnits.Province));

        var codes = units2025.Units.Select(u => u.Code).ToList();
        var roundId = await sender.SendAs(SampleActor.Administrator, new OpenRound(
            Guid.NewGuid(), Framework, Period, DongNaiUnits.Province, codes, new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28)));

        // 2. Citizens' ratings of the new units' transactions since 1 July 2025, forwarded by the
        //    feedback portal; the citizens' satisfaction indicator is their average on the 1–5 scale.
        clock.Set(2026, 1, 10, 8);
        foreach (var code in codes)
        {
            foreach (var rating in SampleFieldData.Ratings(random, code, new LocalDate(2025, 7, 1), 184))
                await sender.SendAs(SampleActor.FeedbackPortal, rating);
        }

        // 3. Each officer records the self-assessment (15 January) and submits it (20 January).
        clock.Set(2026, 1, 15, 9);
        foreach (var code in codes)
        {
            var summary = await sender.SendAs(SampleActor.OfficerOf(code), new GetFeedbackSummary(code, Period));
            foreach (var (indicatorId, evidence) in Evidence(random, summary))
                await sender.SendAs(SampleActor.OfficerOf(code), new RecordEvidence(Guid.NewGuid(), roundId, code, indicatorId, EvidenceSource.Self, evidence));
        }

        clock.Set(2026, 1, 20, 14);
        foreach (var code in codes) await sender.SendAs(SampleActor.OfficerOf(code), new SubmitSelfAssessment(Guid.NewGuid(), roundId, code));

        // 4. The province's appraiser appraises (5 to 20 February); the administrator finalizes (3 March).
        clock.Set(2026, 2, 5, 9);
        foreach (var code in codes) await sender.SendAs(SampleActor.Appraiser, new StartAppraisal(Guid.NewGuid(), roundId, code));
        clock.Set(2026, 2, 20, 16);
        foreach (var code in codes) await sender.SendAs(SampleActor.Appraiser, new CompleteAppraisal(Guid.NewGuid(), roundId, code));
        clock.Set(2026, 3, 3, 10);
        foreach (var code in codes) await sender.SendAs(SampleActor.Administrator, new FinalizeAssessment(Guid.NewGuid(), roundId, code));
        return roundId;
    }

    /// <summary>
    /// One unit's self-assessed evidence for every evidence indicator of the 2025 framework: the
    /// commune PAR index as imported from the province's publication, citizens' satisfaction from
    /// the recorded ratings, the rest invented. G2.2.1 (conduct) follows from observations.
    /// </summary>
    private static List<(string IndicatorId, IndicatorEvidence Evidence)> Evidence(Random random, FeedbackSummary ratings)
    {
        var averages = ratings.Aspects.Where(a => a.Average is not null).Select(a => a.Average!.Value).ToList();
        var evidence = new List<(string, IndicatorEvidence)>
        {
            ("G1.1.1", new() { Items = [.. CommunicationItems.Where(_ => random.NextDouble() < 0.93)] }),
            ("G1.1.2", new() { Value = random.Next(10, 36) }),
            ("G1.2.1", new() { Value = Math.Round((decimal)SampleEvidence.Between(random, 0.8, 1.0), 2) }),
            ("G2.1.1", new() { Items = [.. OfficeItems.Where(_ => random.NextDouble() < 0.92)] }),
            ("G2.1.2", new() { Met = random.NextDouble() < 0.95 }),
            ("G2.2.2", new() { Points = random.Next(3, 5) / 2m, Note = "Đơn vị tự đánh giá (minh họa)" }),
            ("G3.1.2", new() { Average = Math.Round((decimal)SampleEvidence.Between(random, 3.8, 5.0), 2), Count = random.Next(20, 60) }),
            ("G3.2.1", new() { Value = Math.Round((decimal)SampleEvidence.Between(random, 0.85, 1.0), 2) }),
            ("G4.1.1", new() { Value = Math.Round((decimal)SampleEvidence.Between(random, 78, 99), 2), Note = "Chỉ số CCHC cấp xã năm 2025, nhập từ công bố của tỉnh (số minh họa)" }),
        };
        if (averages.Count > 0)
            evidence.Add(("G3.1.1", new() { Average = Math.Round(averages.Average(), 2), Count = ratings.Count, Note = $"Trung bình {ratings.Count} phiếu đánh giá đã ghi nhận" }));
        if (random.NextDouble() < 0.3) evidence.Add(("B1", new() { Value = random.Next(1, 4), Note = "Sáng kiến được công nhận (minh họa)" }));
        return evidence;
    }
}
