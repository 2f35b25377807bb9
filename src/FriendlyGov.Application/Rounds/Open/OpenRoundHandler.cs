using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Scoring;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Assessments;
using FriendlyGov.Domain.Criteria;
using FriendlyGov.Domain.Periods;
using FriendlyGov.Domain.Units;
using FriendlyGov.Domain.Units.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Rounds.Open;

/// <summary>Handles <see cref="OpenRound"/>.</summary>
/// <param name="rounds">The rounds.</param>
/// <param name="assessments">The assessments.</param>
/// <param name="units">The units.</param>
/// <param name="scoring">Finds the framework.</param>
/// <param name="currentActor">Who opens it.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class OpenRoundHandler(
    IRepository<AssessmentRound> rounds,
    IRepository<Assessment> assessments,
    IReadRepository<AdministrativeUnit> units,
    AssessmentScoring scoring,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<OpenRound, Guid>
{
    /// <inheritdoc />
    public async Task<Guid> Handle(OpenRound request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var framework = scoring.Framework(FrameworkId.Parse(request.Framework), "framework");
        var period = AssessmentPeriod.Parse(request.Period);
        var problems = new List<Problem>();
        if (period.Kind != framework.Period)
            problems.Add(new Problem("period", $"'{period}' is not a {framework.Period.ToCode()} period, which {framework.Id} scores"));
        var registered = (await units.ListAsync(new UnitsByCodeSpec([.. request.UnitCodes]), cancellationToken).ConfigureAwait(false))
            .ToLookup(u => u.Code, StringComparer.Ordinal);

        // A code names the unit that existed on the period's last day: after a reform the same code may name another unit.
        var assessed = new List<AdministrativeUnit>(request.UnitCodes.Count);
        for (var i = 0; i < request.UnitCodes.Count; i++)
        {
            var path = $"unitCodes[{i}]";
            var forms = registered[request.UnitCodes[i]].ToList();
            var unit = forms.FirstOrDefault(u => u.AssessableFor(period.Start, period.End));
            if (forms.Count == 0) problems.Add(new Problem(path, $"unit {request.UnitCodes[i]} is not registered"));
            else if (unit is null) problems.Add(new Problem(path, $"unit {forms[^1].Code} did not exist at the end of {period}"));
            else if (unit.Province != request.Province) problems.Add(new Problem(path, $"unit {unit.Code} is in {unit.Province}, not {request.Province}"));
            else if (!framework.AppliesTo.Contains(unit.Kind)) problems.Add(new Problem(path, $"unit {unit.Code} is a {unit.Kind.ToCode()}, which {framework.Id} does not apply to"));
            else assessed.Add(unit);
        }

        if (problems.Count > 0) throw new ValidationException(nameof(OpenRound), problems);
        var round = new AssessmentRound(framework.Id, period, request.Province, request.UnitCodes, request.SelfAssessmentDeadline,
            request.AppraisalDeadline, request.RefuseLateSubmissions, currentActor.Actor.Id, clock.GetCurrentInstant());
        await rounds.AddAsync(round, cancellationToken).ConfigureAwait(false);
        await assessments.AddRangeAsync([.. assessed.Select(unit => new Assessment(round.Id, unit.Code, unit.ExistedFrom))], cancellationToken).ConfigureAwait(false);
        audit.Record($"round/{round.Id}", $"opened round {round.Id} on {framework.Id} for {period} with {request.UnitCodes.Count} unit(s)");
        return round.Id;
    }
}
