using FriendlyGov.Application.Units;
using FriendlyGov.Domain.Units;
using NodaTime;

namespace FriendlyGov.Application.Authorization;

/// <summary>
/// Authorizes a change to something a unit recorded (a session, a disclosure): only the unit's
/// officer or a province administrator of its province (<see cref="UnitAuthorizer{TRequest}.RecorderOf"/>).
/// </summary>
/// <typeparam name="TRequest">The request.</typeparam>
/// <typeparam name="TRecord">What it changes.</typeparam>
/// <param name="find">Finds what the request names, or throws <see cref="NotFoundException"/>.</param>
/// <param name="unitCode">The code of the unit that recorded it.</param>
/// <param name="on">The day it records (a session's day, a posting's first day): the unit is the one with the code that existed then.</param>
/// <param name="units">Finds the unit.</param>
internal abstract class UnitRecordAuthorizer<TRequest, TRecord>(
    Func<TRequest, CancellationToken, Task<TRecord>> find,
    Func<TRecord, string> unitCode,
    Func<TRecord, LocalDate> on,
    UnitLookup units)
    : RecordAuthorizer<TRequest, AdministrativeUnit>(
        async (r, c) =>
        {
            var record = await find(r, c).ConfigureAwait(false);
            return await units.ResolveAsync(typeof(TRequest).Name, unitCode(record), on(record), c).ConfigureAwait(false);
        },
        (actor, unit, _) => UnitAuthorizer<TRequest>.RecorderOf(actor, unit));
