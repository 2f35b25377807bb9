using FriendlyGov.Application.Ports;
using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Units;

namespace FriendlyGov.Application.Authorization;

/// <summary>
/// Authorizes a change to something a unit recorded (a session, a disclosure): only the unit's
/// officer or a province administrator of its province (<see cref="UnitAuthorizer{TRequest}.RecorderOf"/>).
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TRecord">What it changes.</typeparam>
/// <param name="find">Finds what the request names, or throws <see cref="NotFoundException"/>.</param>
/// <param name="unitCode">The unit that recorded it.</param>
/// <param name="units">Finds the unit.</param>
internal abstract class UnitRecordAuthorizer<TRequest, TRecord>(
    Func<TRequest, CancellationToken, Task<TRecord>> find,
    Func<TRecord, string> unitCode,
    UnitLookup units) : IRequestAuthorizer<TRequest>
{
    /// <inheritdoc />
    /// <exception cref="NotFoundException">What the request names does not exist, or its unit is not registered.</exception>
    public async Task<AuthorizationDecision> AuthorizeAsync(TRequest request, Actor actor, CancellationToken cancellationToken)
    {
        Guard.Against.Null(request);
        var record = await find(request, cancellationToken).ConfigureAwait(false);
        var unit = await units.UnitAsync(unitCode(record), cancellationToken).ConfigureAwait(false);
        return UnitAuthorizer<TRequest>.RecorderOf(actor, unit);
    }
}
