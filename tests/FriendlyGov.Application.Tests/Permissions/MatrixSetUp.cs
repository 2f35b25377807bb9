using FriendlyGov.Application.Assessments.CompleteAppraisal;
using FriendlyGov.Application.Assessments.Finalize;
using FriendlyGov.Application.Assessments.StartAppraisal;
using FriendlyGov.Application.Assessments.SubmitSelfAssessment;
using FriendlyGov.Application.Conduct.ConfirmObservation;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Disclosures.RecordDisclosure;
using FriendlyGov.Application.Plans.CreatePlan;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Sessions.HoldSession;
using FriendlyGov.Application.Tests.Contract;
using FriendlyGov.Application.Units.Register;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Disclosures;
using FriendlyGov.Domain.Plans;
using NodaTime;

namespace FriendlyGov.Application.Tests.Permissions;

/// <summary>
/// The state each request of the matrix needs, reached through <see cref="IMediator"/> with the
/// actor allowed to take each step, so that only authorization decides the combination.
/// </summary>
public static class MatrixSetUp
{
    /// <summary>The last day to submit a self-assessment for 2024.</summary>
    public static readonly LocalDate SelfDeadline = new(2025, 1, 31);

    /// <summary>The last day to complete appraisal for 2024.</summary>
    public static readonly LocalDate AppraisalDeadline = new(2025, 2, 28);

    /// <summary>The day the matrix's officials took up their posts.</summary>
    public static readonly LocalDate OfficialsFrom = new(2023, 1, 1);

    /// <summary>A new request id.</summary>
    /// <returns>The id.</returns>
    public static Guid Id() => Guid.NewGuid();

    /// <summary>The administrator registers the Đồng Nai units.</summary>
    /// <param name="world">The deployment.</param>
    /// <returns>A task.</returns>
    public static Task RegisteredUnits(MatrixWorld world) =>
        Guard(world).SendAs(Actors.Administrator, new RegisterUnits(Id(), DongNai.Registrations));

    /// <summary>A 2024 round for Phường Tân Phong, its assessment taken to <paramref name="state"/> by the right actor at each step.</summary>
    /// <param name="world">The deployment.</param>
    /// <param name="state">Where the assessment stops.</param>
    /// <returns>The round's id.</returns>
    public static async Task<Guid> Round(MatrixWorld world, AssessmentState state)
    {
        await RegisteredUnits(world);
        var round = await Guard(world).SendAs(Actors.Administrator, new OpenRound(Id(), DongNai.Framework, "2024", DongNai.Province, [DongNai.TanPhong], SelfDeadline, AppraisalDeadline));
        var unit = DongNai.TanPhong;
        var steps = new (AssessmentState Reached, Func<Task> Take)[]
        {
            (AssessmentState.SelfAssessmentSubmitted, () => world.SendAs(Actors.OfficerOf(unit), new SubmitSelfAssessment(Id(), round, unit))),
            (AssessmentState.UnderAppraisal, () => world.SendAs(Actors.Appraiser, new StartAppraisal(Id(), round, unit))),
            (AssessmentState.Appraised, () => world.SendAs(Actors.Appraiser, new CompleteAppraisal(Id(), round, unit))),
            (AssessmentState.Finalized, () => world.SendAs(Actors.Administrator, new FinalizeAssessment(Id(), round, unit))),
        };
        foreach (var (reached, take) in steps)
        {
            if (state == AssessmentState.Draft) break;
            await take();
            if (reached == state) break;
        }

        return round;
    }

    /// <summary>The units, and an official serving in one of them since 2023.</summary>
    /// <param name="world">The deployment.</param>
    /// <param name="code">The official's code.</param>
    /// <param name="unitCode">Where they serve.</param>
    /// <param name="role">Their role.</param>
    /// <returns>A task.</returns>
    public static async Task Official(MatrixWorld world, string code, string unitCode, OfficialRole role)
    {
        await RegisteredUnits(world);
        await Guard(world).SendAs(Actors.Administrator, new RegisterOfficial(Id(), code, $"Cán bộ {code}", unitCode, role, OfficialsFrom));
    }

    /// <summary>The units, and the observed official CB-017 serving as head of Phường Tân Phong.</summary>
    /// <param name="world">The deployment.</param>
    /// <returns>A task.</returns>
    public static Task ObservedOfficialServing(MatrixWorld world) =>
        Official(world, MatrixActors.ObservedOfficial, DongNai.TanPhong, OfficialRole.Head);

    /// <summary>A citizen's report about CB-017 recorded by an appraiser; confirmed by another appraiser when <paramref name="decided"/>.</summary>
    /// <param name="world">The deployment.</param>
    /// <param name="decided">Whether it is confirmed (to be reopened) rather than still reported (to be decided).</param>
    /// <returns>The observation's id.</returns>
    public static async Task<Guid> Observation(MatrixWorld world, bool decided)
    {
        await ObservedOfficialServing(world);
        var recorded = await Guard(world).SendAs(Actors.Appraiser, new RecordObservation(
            Id(), MatrixActors.ObservedOfficial, "4X.2", new LocalDate(2024, 4, 9), ObservationSource.CitizenReport, "PA-2024-017", "Phản ánh của người dân về 4X.2"));
        if (decided) await world.SendAs(Actors.Appraiser, new ConfirmObservation(Id(), recorded.ObservationId, "Xác minh đúng phản ánh"));
        return recorded.ObservationId;
    }

    /// <summary>A "Morning with the People" session of Phường Tân Phong on 5 October 2024, chaired by CB-017, with one open issue.</summary>
    /// <param name="world">The deployment.</param>
    /// <returns>The session's id.</returns>
    public static async Task<Guid> Session(MatrixWorld world)
    {
        await ObservedOfficialServing(world);
        return await Guard(world).SendAs(Actors.OfficerOf(DongNai.TanPhong), new HoldSession(
            Id(), DongNai.TanPhong, new LocalDate(2024, 10, 5), MatrixActors.ObservedOfficial, 40, [new SessionIssue("Rác thải tại chợ Tân Phong", new LocalDate(2024, 11, 30))]));
    }

    /// <summary>Phường Tân Phong's 2023 final accounts, on its notice board since 20 July 2024 and still up.</summary>
    /// <param name="world">The deployment.</param>
    /// <returns>The disclosure's id.</returns>
    public static async Task<Guid> Disclosure(MatrixWorld world)
    {
        await RegisteredUnits(world);
        return await Guard(world).SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordDisclosure(
            Id(), DongNai.TanPhong, "A11.2-final-accounts", new LocalDate(2024, 7, 15), DisclosureChannel.NoticeBoard, new LocalDate(2024, 7, 20)));
    }

    /// <summary>Đồng Nai's 2024 coordination plan, drawn up from the built-in template (items 1 to 6, each with milestones M1 and mostly M2).</summary>
    /// <param name="world">The deployment.</param>
    /// <returns>The plan's id.</returns>
    public static Task<Guid> Plan(MatrixWorld world) =>
        Guard(world).SendAs(Actors.Administrator, new CreatePlan(Id(), DongNai.Province, BuiltInPlanTemplates.DongNai2024Id));

    private static MatrixWorld Guard(MatrixWorld world) => world ?? throw new ArgumentNullException(nameof(world));
}
