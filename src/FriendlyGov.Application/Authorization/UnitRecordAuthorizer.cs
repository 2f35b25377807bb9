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
    UnitLookup units)
    : RecordAuthorizer<TRequest, AdministrativeUnit>(
        async (r, c) => await units.UnitAsync(unitCode(await find(r, c).ConfigureAwait(false)), c).ConfigureAwait(false),
        (actor, unit, _) => UnitAuthorizer<TRequest>.RecorderOf(actor, unit));
