using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Domain.Conduct.Specifications;
using NodaTime;

namespace FriendlyGov.Application.Conduct.RecordObservation;

/// <summary>Handles <see cref="RecordObservation"/>; returns the observation's id and whether it is new.</summary>
/// <param name="observations">Stores the observation.</param>
/// <param name="conduct">Finds the official and the code of conduct.</param>
/// <param name="currentActor">Who records it.</param>
/// <param name="clock">The clock.</param>
/// <param name="audit">The audit entry's subject and summary.</param>
internal sealed class RecordObservationHandler(
    IRepository<ConductObservation> observations,
    ConductLookup conduct,
    ICurrentActor currentActor,
    IClock clock,
    AuditContext audit) : IRequestHandler<RecordObservation, ObservationRecorded>
{
    /// <inheritdoc />
    public async Task<ObservationRecorded> Handle(RecordObservation request, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var official = await conduct.OfficialAsync(request.OfficialCode, cancellationToken).ConfigureAwait(false);
        var key = new ObservationKey(official.Code, request.RuleId, request.On, request.SourceReference.Trim());
        var existing = await observations.FirstOrDefaultAsync(new ObservationByKeySpec(key), cancellationToken).ConfigureAwait(false);
        if (existing is not null)
        {
            audit.Record($"observation/{existing.Id}", $"{Describe(key)} was already recorded; nothing changed");
            return new ObservationRecorded(existing.Id, false);
        }

        ConductObservation observation;
        try
        {
            observation = ConductObservation.Report(
                conduct.CodeOfConduct(), official, request.RuleId, request.On, request.Source,
                request.SourceReference, request.Account, currentActor.Actor.Id, clock.GetCurrentInstant());
        }
        catch (InvalidInputException e)
        {
            // The domain names its problems after its own parameters; the caller knows the request's fields.
            throw new ValidationException(nameof(RecordObservation), [.. e.Problems.Select(p => p.Path switch
            {
                "rule" => p with { Path = "ruleId" },
                "on" => NoPosting(official, request.On),
                _ => p,
            })], e);
        }

        await observations.AddAsync(observation, cancellationToken).ConfigureAwait(false);
        audit.Record($"observation/{observation.Id}", $"recorded {Describe(key)} in unit {observation.UnitCode}, from {request.Source.ToCode()}");
        return new ObservationRecorded(observation.Id, true);
    }

    /// <summary>The problem of an observation dated when the official held no posting.</summary>
    /// <param name="official">The official.</param>
    /// <param name="on">The observation's date.</param>
    /// <returns>The problem, on <c>On</c>.</returns>
    internal static Problem NoPosting(Official official, LocalDate on) =>
        new("on", $"official {official.Code} held no posting on {on:uuuu-MM-dd}, so no unit answers for this observation");

    private static string Describe(ObservationKey key) =>
        $"the observation of {key.RuleId} by official {key.OfficialCode} on {key.On:uuuu-MM-dd} (reference {key.SourceReference})";
}
