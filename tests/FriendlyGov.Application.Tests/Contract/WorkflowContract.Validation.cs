using FriendlyGov.Application.Assessments.RecordEvidence;
using FriendlyGov.Application.Conduct.RecordObservation;
using FriendlyGov.Application.Conduct.RegisterOfficial;
using FriendlyGov.Application.Rounds.Open;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Evidence;
using NodaTime;

namespace FriendlyGov.Application.Tests.Contract;

public abstract partial class WorkflowContract
{
    [Fact]
    public async Task Opening_a_round_with_several_bad_fields_lists_every_one_and_opens_nothing()
    {
        await RegisterUnits();
        var open = new OpenRound(Guid.NewGuid(), "dongnai-friendly-government", "2024-Q5", " ", [], new LocalDate(2025, 1, 31), new LocalDate(2025, 1, 30));

        var send = () => SendAs(Actors.Administrator, open);

        var failure = (await send.Should().ThrowAsync<ValidationException>()).Which;
        failure.Request.Should().Be(nameof(OpenRound));
        failure.Problems.Select(p => p.Path).Should().Equal("framework", "period", "province", "unitCodes", "appraisalDeadline");
        failure.Message.Should().Contain("'dongnai-friendly-government' is not a framework name").And.Contain("'2024-Q5' is not a period");
        (await StoredCount<AssessmentRound>()).Should().Be(0);
    }

    [Fact]
    public async Task Opening_a_round_for_units_that_cannot_be_assessed_names_each_unit()
    {
        await RegisterUnits();
        var open = new OpenRound(Guid.NewGuid(), DongNai.Framework, "2024-Q1", DongNai.Province, [DongNai.TanPhong, "26999"], SelfAssessmentDeadline, AppraisalDeadline);

        var send = () => SendAs(Actors.Administrator, open);

        var failure = (await send.Should().ThrowAsync<ValidationException>()).Which;
        failure.Problems.Select(p => p.Path).Should().Equal("period", "unitCodes[1]");
        failure.Problems[1].Message.Should().Be("unit 26999 is not registered");
        (await StoredCount<AssessmentRound>()).Should().Be(0);
    }

    [Fact]
    public async Task Recording_evidence_with_several_bad_fields_lists_every_one_and_records_nothing()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);

        var failure = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () =>
            SendAs(Actors.OfficerOf(DongNai.TanPhong), new RecordEvidence(Guid.NewGuid(), roundId, " ", "", (EvidenceSource)7, null!)));

        failure.Problems.Select(p => p.Path).Should().Equal("unitCode", "indicatorId", "source", "evidence");
    }

    [Fact]
    public async Task Evidence_that_breaks_the_indicators_method_is_refused_naming_the_indicator_and_the_field()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);

        // G1.2.1 is a ratio indicator and a ratio lies in [0, 1], so 1.3 breaks it: design.md §3 says
        // the error names the indicator and the field, the request's JSON path evidence.value.
        var failure = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () =>
            RecordSelf(roundId, DongNai.TanPhong, "G1.2.1", new IndicatorEvidence { Value = 1.3m }));

        failure.Problems.Should().ContainSingle().Which.Should().Be(new Domain.Problem("evidence.value", "1.3 is outside [0, 1] for indicator G1.2.1"));
        failure.Message.Should().Be("RecordEvidence is not valid: evidence.value: 1.3 is outside [0, 1] for indicator G1.2.1");
    }

    [Fact]
    public async Task Evidence_for_an_unknown_or_a_conduct_indicator_is_refused()
    {
        var roundId = await OpenRound([DongNai.TanPhong]);

        var unknown = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () =>
            RecordSelf(roundId, DongNai.TanPhong, "G9.9.9", new IndicatorEvidence { Met = true }));
        var conduct = await RefusedWithoutChange<ValidationException>(roundId, DongNai.TanPhong, () =>
            RecordSelf(roundId, DongNai.TanPhong, "G4.2.2", new IndicatorEvidence { Met = true }));

        unknown.Problems.Should().ContainSingle().Which.Path.Should().Be("indicatorId");
        conduct.Problems.Should().ContainSingle().Which.Message.Should().Contain("conduct observations");
    }

    [Fact]
    public async Task Recording_an_observation_with_several_bad_fields_lists_every_one()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);

        var send = () => SendAs(Actors.Appraiser, new RecordObservation(Guid.NewGuid(), "CB 017!", "5K.9", new LocalDate(2024, 4, 9), ObservationSource.CitizenReport, "", " "));

        var failure = (await send.Should().ThrowAsync<ValidationException>()).Which;
        failure.Problems.Select(p => p.Path).Should().Equal("officialCode", "ruleId", "sourceReference", "account");
        failure.Problems[1].Message.Should().Contain("5K.9");
        (await StoredCount<ConductObservation>()).Should().Be(0);
    }

    [Fact]
    public async Task An_observation_dated_when_the_official_held_no_posting_is_refused()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);

        // Officials are registered from 1 January 2023.
        var send = () => Observe("CB-017", "4X.2", new LocalDate(2022, 12, 31), "PA-2022-001");

        (await send.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().ContainSingle().Which.Path.Should().Be("on");
        (await StoredCount<ConductObservation>()).Should().Be(0);
    }

    [Fact]
    public async Task Registering_an_official_twice_is_refused_on_the_code()
    {
        await RegisterUnits();
        await RegisterOfficial("CB-017", DongNai.TanPhong, OfficialRole.Head);

        var again = () => SendAs(Actors.Administrator, new RegisterOfficial(Guid.NewGuid(), "CB-017", "Người khác", DongNai.BinhLoc, OfficialRole.Staff, new LocalDate(2024, 1, 1)));

        (await again.Should().ThrowAsync<ValidationException>()).Which.Problems.Should().ContainSingle().Which.Path.Should().Be("code");
        (await StoredCount<Official>()).Should().Be(1);
        (await StoredAudit("official/CB-017")).Should().ContainSingle();
    }
}
