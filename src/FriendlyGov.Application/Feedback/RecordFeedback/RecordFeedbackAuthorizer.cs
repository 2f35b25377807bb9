using FriendlyGov.Application.Authorization;
using FriendlyGov.Application.Conduct;
using FriendlyGov.Application.Ports;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Feedback.RecordFeedback;

/// <summary>A feedback collector of the unit's province, or of the unit, records its feedback.</summary>
/// <param name="units">The units, for the unit's province.</param>
internal sealed class RecordFeedbackAuthorizer(IReadRepository<AdministrativeUnit> units) : IRequestAuthorizer<RecordFeedback>
{
    /// <inheritdoc />
    /// <exception cref="NotFoundException">The unit is not registered.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(RecordFeedback request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var unit = await ConductLookup.UnitAsync(units, request.UnitCode, cancellationToken).ConfigureAwait(false);
        return FeedbackAuthorization.CollectorOf(actor, unit.Province, unit.Code);
    }
}
