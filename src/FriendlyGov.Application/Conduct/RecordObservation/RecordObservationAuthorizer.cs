using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Validation;
using FriendlyGov.Domain;
using FriendlyGov.Domain.Conduct;
using FriendlyGov.Application.Units;

namespace FriendlyGov.Application.Conduct.RecordObservation;

/// <summary>
/// An appraiser or administrator of the province of the unit where the official served on the
/// date, or an officer of that unit, records observations about them.
/// </summary>
/// <param name="conduct">Finds the official and their posting.</param>
/// <param name="units">Finds the posting's unit.</param>
internal sealed class RecordObservationAuthorizer(ConductLookup conduct, UnitLookup units) : IRequestAuthorizer<RecordObservation>
{
    /// <inheritdoc />
    /// <exception cref="NotFoundException">The official, or the unit of their posting, is not registered.</exception>
    /// <exception cref="ValidationException">The official held no posting on the date, so no unit answers for it.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(RecordObservation request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var official = await conduct.OfficialAsync(request.OfficialCode, cancellationToken).ConfigureAwait(false);
        var posting = official.PostingOn(request.On)
            ?? throw new ValidationException(nameof(RecordObservation), [RecordObservationHandler.NoPosting(official, request.On)]);
        var unit = await units.ResolveAsync(nameof(RecordObservation), posting.UnitCode, request.On, cancellationToken).ConfigureAwait(false);
        return ConductAuthorization.RecorderOf(actor, unit.Province, unit.Code);
    }
}
